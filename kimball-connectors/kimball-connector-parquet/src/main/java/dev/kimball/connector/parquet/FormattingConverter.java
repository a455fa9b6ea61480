package dev.kimball.connector.parquet;

import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.PrimitiveType;

/**
 * A leaf converter that formats each value with its column's {@link ValueFormat} and hands the text (null when the
 * value could not be formatted, reported to the {@link RowProblem}) to {@link #accept}. Dictionary-encoded pages are
 * formatted once per dictionary entry, which makes repeated strings and timestamps nearly free.
 */
abstract class FormattingConverter extends PrimitiveConverter {
    private final ValueFormat format;
    private final PrimitiveType.PrimitiveTypeName physical;
    private final String path;
    private final RowProblem problem;
    private Dictionary dictionary;
    private String[] cache;

    FormattingConverter(PrimitiveType type, String path, RowProblem problem) {
        this.format = ValueFormats.of(type);
        this.physical = type.getPrimitiveTypeName();
        this.path = path;
        this.problem = problem;
    }

    /** Receives the text of one value, or null when it could not be formatted. */
    abstract void accept(String text);

    final ValueFormat format() {
        return format;
    }

    @Override
    public final boolean hasDictionarySupport() {
        return true;
    }

    @Override
    public final void setDictionary(Dictionary d) {
        dictionary = d;
        cache = new String[d.getMaxId() + 1];
    }

    @Override
    public final void addValueFromDictionary(int id) {
        String s = cache[id];
        if (s == null) {
            try {
                s = format.ofDictionary(dictionary, id, physical);
            } catch (RuntimeException e) {
                fail(e);
                return;
            }
            cache[id] = s;
        }
        accept(s);
    }

    @Override
    public final void addBinary(Binary v) {
        try {
            accept(format.ofBinary(v));
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public final void addBoolean(boolean v) {
        accept(format.ofBoolean(v));
    }

    @Override
    public final void addDouble(double v) {
        accept(format.ofDouble(v));
    }

    @Override
    public final void addFloat(float v) {
        accept(format.ofFloat(v));
    }

    @Override
    public final void addInt(int v) {
        try {
            accept(format.ofInt(v));
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public final void addLong(long v) {
        try {
            accept(format.ofLong(v));
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void fail(RuntimeException e) {
        problem.report(path, e);
        accept(null);
    }
}
