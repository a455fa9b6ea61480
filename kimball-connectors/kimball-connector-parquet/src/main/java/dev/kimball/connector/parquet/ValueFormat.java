package dev.kimball.connector.parquet;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import com.fasterxml.jackson.core.io.schubfach.FloatToDecimal;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType;

/**
 * Turns the values of one Parquet column into KIMBALL's strings. One instance per column, chosen once from the column's
 * physical and logical type by {@link ValueFormats#of}; a method a column's physical type never calls throws.
 * Formatting never throws for valid data; a value outside its logical type's range (a TIME past midnight) throws
 * {@link IllegalArgumentException} and the row is rejected.
 */
abstract class ValueFormat {
    /** How the value is written inside nested JSON text. */
    enum JsonKind { NUMBER, BOOLEAN, STRING }

    private final JsonKind kind;

    ValueFormat(JsonKind kind) {
        this.kind = kind;
    }

    final JsonKind kind() {
        return kind;
    }

    String ofInt(int v) {
        throw unexpected("INT32");
    }

    String ofLong(long v) {
        throw unexpected("INT64");
    }

    String ofBinary(Binary v) {
        throw unexpected("BINARY");
    }

    String ofBoolean(boolean v) {
        return v ? "true" : "false";
    }

    String ofFloat(float v) {
        return FloatToDecimal.toString(v);
    }

    String ofDouble(double v) {
        return DoubleToDecimal.toString(v);
    }

    /** The text of dictionary entry {@code id}, for a column whose values are dictionary encoded. */
    final String ofDictionary(Dictionary d, int id, PrimitiveType.PrimitiveTypeName physical) {
        return switch (physical) {
            case INT32 -> ofInt(d.decodeToInt(id));
            case INT64 -> ofLong(d.decodeToLong(id));
            case FLOAT -> ofFloat(d.decodeToFloat(id));
            case DOUBLE -> ofDouble(d.decodeToDouble(id));
            case BOOLEAN -> ofBoolean(d.decodeToBoolean(id));
            case BINARY, FIXED_LEN_BYTE_ARRAY, INT96 -> ofBinary(d.decodeToBinary(id));
        };
    }

    private IllegalStateException unexpected(String physical) {
        return new IllegalStateException(getClass().getSimpleName() + " does not read " + physical + " values");
    }

    /** Lower-case hex without prefix, as the PostgreSQL connector writes bytea. */
    static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = Character.forDigit((bytes[i] >> 4) & 0xF, 16);
            out[2 * i + 1] = Character.forDigit(bytes[i] & 0xF, 16);
        }
        return new String(out);
    }
}
