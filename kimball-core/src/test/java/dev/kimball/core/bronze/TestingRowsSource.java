package dev.kimball.core.bronze;

import dev.kimball.api.Source;
import dev.kimball.api.SourceException;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceProvider;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import java.util.List;

/**
 * An in-memory source for engine tests: named units with a header and records, where a record whose first value
 * is {@code "!reject"} becomes a reject and one whose first value is {@code "!fail"} makes the reader throw (an I/O
 * failure in the middle of a unit). Registered as a connector in the test classpath only.
 */
public record TestingRowsSource(List<Unit> units, String rangePrefix) implements Source {
    public record Unit(String name, List<String> header, List<String[]> rows) {
    }

    /** Units named by their own names (table hint = name). */
    public TestingRowsSource(List<Unit> units) {
        this(units, null);
    }

    public static TestingRowsSource of(String name, List<String> header, List<String[]> rows) {
        return new TestingRowsSource(List.of(new Unit(name, header, rows)));
    }

    @Override
    public String describe() {
        return "rows:" + units.stream().map(Unit::name).distinct().toList();
    }

    /** The connector for {@link TestingRowsSource}. */
    public static final class Provider implements SourceProvider {
        @Override
        public String name() {
            return "rows";
        }

        @Override
        public boolean accepts(Source source) {
            return source instanceof TestingRowsSource;
        }

        @Override
        public List<SourceUnit> units(Source source) {
            TestingRowsSource src = (TestingRowsSource) source;
            List<Unit> all = src.units();
            return java.util.stream.IntStream.range(0, all.size()).<SourceUnit>mapToObj(i -> new SourceUnit() {
                private final Unit u = all.get(i);

                @Override
                public String name() {
                    // with a range prefix, units are numbered like key ranges: mem://orders[part 2/4]
                    return "mem://" + u.name() + (src.rangePrefix() == null ? "" : "[" + src.rangePrefix() + " " + (i + 1) + "/" + all.size() + "]");
                }

                @Override
                public String tableHint() {
                    return u.name();
                }

                @Override
                public long sizeBytes() {
                    return u.rows().size() * 10L;
                }

                @Override
                public RecordReader open() {
                    return new Reader(u);
                }
            }).toList();
        }
    }

    private static final class Reader implements RecordReader {
        private final Unit unit;
        private int next;

        Reader(Unit unit) {
            this.unit = unit;
        }

        @Override
        public List<String> header() {
            return unit.header();
        }

        @Override
        public SourceRecord next() {
            if (next >= unit.rows().size()) {
                return null;
            }
            String[] r = unit.rows().get(next++);
            long line = next + 1L;
            if (r.length > 0 && "!fail".equals(r[0])) {
                throw new SourceException("SOURCE_READ", "simulated read failure in " + unit.name() + " at line " + line);
            }
            if (r.length > 0 && "!reject".equals(r[0])) {
                return SourceRecord.reject(line, String.join(",", r), "testing reject");
            }
            return SourceRecord.row(r, line);
        }

        @Override
        public long bytesRead() {
            return next * 10L;
        }

        @Override
        public String encoding() {
            return "UTF-16 (in memory)";
        }

        @Override
        public String dialect() {
            return "rows";
        }

        @Override
        public void close() {
        }
    }
}
