package dev.kimball.cli;

import dev.kimball.api.InferredType;
import dev.kimball.api.Source;
import dev.kimball.core.source.SourceProviders;
import dev.kimball.inference.TableInference;
import dev.kimball.inference.TypeInference;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Infers the column types of files without a warehouse: each unit of a source is read through its connector (found
 * with {@link java.util.ServiceLoader}) and every row is offered to a {@link TableInference}, which keeps a bounded
 * sample per column. Rejected records (wrong field count, unclosed quote) are counted and left out.
 */
public final class FileInference {
    /**
     * The inferred types of one file.
     *
     * @param file     the unit's name (the absolute path for a local file)
     * @param records  rows offered to the inference
     * @param rejected records the connector rejected (not offered)
     * @param encoding how the bytes were decoded, as the connector reports it
     * @param dialect  how the text was parsed, as the connector reports it
     * @param columns  one result per header column, in order
     */
    public record InferredFile(String file, long records, long rejected, String encoding, String dialect,
                               List<InferredType> columns) {
        public InferredFile {
            Objects.requireNonNull(file, "file");
            columns = List.copyOf(columns);
        }
    }

    private FileInference() {
    }

    /**
     * Reads every unit of the source and infers its columns' types.
     *
     * @throws dev.kimball.api.SourceException        when the source does not exist, matches nothing or cannot be read
     * @throws dev.kimball.api.ConfigurationException when no connector on the classpath reads the source
     */
    public static List<InferredFile> infer(Source source, TypeInference engine) {
        List<InferredFile> out = new ArrayList<>();
        for (SourceUnit unit : SourceProviders.discover().forSource(source).units(source)) {
            out.add(infer(unit, engine));
        }
        return out;
    }

    /** Reads one unit to the end; see {@link #infer(Source, TypeInference)} for what can be thrown. */
    public static InferredFile infer(SourceUnit unit, TypeInference engine) {
        try (RecordReader reader = unit.open()) {
            TableInference table = engine.startTable(reader.header());
            long rows = 0, rejected = 0;
            for (SourceRecord r = reader.next(); r != null; r = reader.next()) {
                if (r.isReject()) {
                    rejected++;
                } else {
                    table.accept(r.values());
                    rows++;
                }
            }
            return new InferredFile(unit.name(), rows, rejected, reader.encoding(), reader.dialect(), table.results());
        }
    }
}
