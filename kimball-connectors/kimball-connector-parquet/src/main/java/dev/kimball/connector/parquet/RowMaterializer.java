package dev.kimball.connector.parquet;

import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;

/** Materializes each Parquet record as the {@code String[]} row KIMBALL loads. */
final class RowMaterializer extends RecordMaterializer<String[]> {
    private final RowProblem problem = new RowProblem();
    private final RowConverter root;

    RowMaterializer(MessageType schema) {
        this.root = new RowConverter(schema, problem);
    }

    @Override
    public String[] getCurrentRecord() {
        return root.values();
    }

    @Override
    public GroupConverter getRootConverter() {
        return root;
    }

    /** Why the last record cannot be loaded, or null. */
    String problem() {
        return problem.message();
    }
}
