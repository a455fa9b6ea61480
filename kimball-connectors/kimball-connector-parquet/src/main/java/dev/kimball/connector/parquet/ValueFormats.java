package dev.kimball.connector.parquet;

import dev.kimball.connector.parquet.ValueFormat.JsonKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.EnumLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.Float16LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntervalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.JsonLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.StringLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.UUIDLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * Chooses the {@link ValueFormat} of a column. The strings:
 * <ul>
 *   <li>integers in decimal, unsigned ones ({@code UINT_8..UINT_64}) as unsigned;</li>
 *   <li>FLOAT and DOUBLE as the shortest text that reads back to the same value ({@code 0.1}, {@code 1.0E-5},
 *       {@code NaN}, {@code Infinity}), a float as a float (not widened to double);</li>
 *   <li>DECIMAL exactly, without exponent ({@code BigDecimal.toPlainString}), from INT32, INT64, FIXED or BINARY;</li>
 *   <li>DATE {@code yyyy-MM-dd}; TIME {@code HH:mm:ss} plus 3, 6 or 9 fraction digits for millis, micros, nanos
 *       (without zone: writers such as pyarrow mark every time "adjusted to UTC", so the flag says nothing about a
 *       wall-clock time);</li>
 *   <li>TIMESTAMP {@code yyyy-MM-ddTHH:mm:ss} plus 3, 6 or 9 fraction digits, with {@code Z} when adjusted to UTC and
 *       without zone when local; INT96 (Impala/Spark/Hive) with 9 digits and no zone, the convention of the readers
 *       that write it back (Spark, DuckDB, pyarrow read it as a timestamp without time zone);</li>
 *   <li>INTERVAL as ISO-8601 {@code P<months>M<days>DT<seconds>S};</li>
 *   <li>BINARY/FIXED annotated STRING, ENUM, JSON as UTF-8 text (invalid bytes become U+FFFD); UUID as
 *       {@code 8-4-4-4-12} hex; FLOAT16 as its float value; any other binary (BSON, geometry WKB, unannotated) as
 *       lower-case hex.</li>
 * </ul>
 */
final class ValueFormats {
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private ValueFormats() {
    }

    static ValueFormat of(PrimitiveType type) {
        LogicalTypeAnnotation a = type.getLogicalTypeAnnotation();
        return switch (type.getPrimitiveTypeName()) {
            case BOOLEAN -> new Plain(JsonKind.BOOLEAN);
            case FLOAT, DOUBLE -> new Plain(JsonKind.NUMBER);
            case INT32 -> int32(a);
            case INT64 -> int64(a);
            case INT96 -> new Int96();
            case BINARY, FIXED_LEN_BYTE_ARRAY -> binary(a);
        };
    }

    private static ValueFormat int32(LogicalTypeAnnotation a) {
        if (a instanceof DecimalLogicalTypeAnnotation d) {
            return new DecimalLong(d.getScale());
        }
        if (a instanceof DateLogicalTypeAnnotation) {
            return new Date();
        }
        if (a instanceof TimeLogicalTypeAnnotation t) {
            return new TimeOfDay(t.getUnit());
        }
        boolean unsigned = a instanceof IntLogicalTypeAnnotation i && !i.isSigned();
        return new Int(unsigned);
    }

    private static ValueFormat int64(LogicalTypeAnnotation a) {
        if (a instanceof DecimalLogicalTypeAnnotation d) {
            return new DecimalLong(d.getScale());
        }
        if (a instanceof TimeLogicalTypeAnnotation t) {
            return new TimeOfDay(t.getUnit());
        }
        if (a instanceof TimestampLogicalTypeAnnotation t) {
            return new Timestamp(t.getUnit(), t.isAdjustedToUTC());
        }
        boolean unsigned = a instanceof IntLogicalTypeAnnotation i && !i.isSigned();
        return new Int(unsigned);
    }

    private static ValueFormat binary(LogicalTypeAnnotation a) {
        if (a instanceof StringLogicalTypeAnnotation || a instanceof EnumLogicalTypeAnnotation || a instanceof JsonLogicalTypeAnnotation) {
            return new Utf8();
        }
        if (a instanceof DecimalLogicalTypeAnnotation d) {
            return new DecimalBytes(d.getScale());
        }
        if (a instanceof UUIDLogicalTypeAnnotation) {
            return new Uuid();
        }
        if (a instanceof IntervalLogicalTypeAnnotation) {
            return new Interval();
        }
        if (a instanceof Float16LogicalTypeAnnotation) {
            return new Float16();
        }
        return new Hex();
    }

    private static final class Plain extends ValueFormat {
        Plain(JsonKind kind) {
            super(kind);
        }
    }

    private static final class Int extends ValueFormat {
        private final boolean unsigned;

        Int(boolean unsigned) {
            super(JsonKind.NUMBER);
            this.unsigned = unsigned;
        }

        @Override
        String ofInt(int v) {
            return unsigned ? Integer.toUnsignedString(v) : Integer.toString(v);
        }

        @Override
        String ofLong(long v) {
            return unsigned ? Long.toUnsignedString(v) : Long.toString(v);
        }
    }

    private static final class DecimalLong extends ValueFormat {
        private final int scale;

        DecimalLong(int scale) {
            super(JsonKind.NUMBER);
            this.scale = scale;
        }

        @Override
        String ofInt(int v) {
            return ofLong(v);
        }

        @Override
        String ofLong(long v) {
            if (scale == 0) {
                return Long.toString(v);
            }
            if (scale > 18 || scale < 0 || v == Long.MIN_VALUE) {
                return BigDecimal.valueOf(v, scale).toPlainString();
            }
            // the common case without BigDecimal: sign, integer part, '.', zero-padded fraction
            long abs = Math.abs(v);
            long unit = POWERS_OF_TEN[scale];
            String fraction = Long.toString(abs % unit);
            StringBuilder b = new StringBuilder(21 + scale);
            if (v < 0) {
                b.append('-');
            }
            b.append(abs / unit).append('.');
            for (int i = fraction.length(); i < scale; i++) {
                b.append('0');
            }
            return b.append(fraction).toString();
        }
    }

    private static final class DecimalBytes extends ValueFormat {
        private final int scale;

        DecimalBytes(int scale) {
            super(JsonKind.NUMBER);
            this.scale = scale;
        }

        @Override
        String ofBinary(Binary v) {
            byte[] b = v.getBytesUnsafe();
            if (b.length == 0) {
                throw new IllegalArgumentException("a DECIMAL value of zero bytes");
            }
            return new BigDecimal(new BigInteger(b), scale).toPlainString();
        }
    }

    private static final class Date extends ValueFormat {
        Date() {
            super(JsonKind.STRING);
        }

        @Override
        String ofInt(int v) {
            return IsoText.date(v);
        }
    }

    private static final class TimeOfDay extends ValueFormat {
        private final long nanosPerUnit;
        private final int digits;

        TimeOfDay(TimeUnit unit) {
            super(JsonKind.STRING);
            this.nanosPerUnit = nanosPerUnit(unit);
            this.digits = digits(unit);
        }

        @Override
        String ofInt(int v) {
            return ofLong(v);
        }

        @Override
        String ofLong(long v) {
            if (v < 0 || v >= IsoText.NANOS_PER_DAY / nanosPerUnit) {
                throw new IllegalArgumentException("TIME value " + v + " (" + digits + " fraction digits) is outside 00:00..24:00");
            }
            return IsoText.time(v * nanosPerUnit, digits);
        }
    }

    private static final class Timestamp extends ValueFormat {
        private final long unitsPerSecond;
        private final int digits;
        private final boolean utc;

        Timestamp(TimeUnit unit, boolean utc) {
            super(JsonKind.STRING);
            this.unitsPerSecond = 1_000_000_000L / nanosPerUnit(unit);
            this.digits = digits(unit);
            this.utc = utc;
        }

        @Override
        String ofLong(long v) {
            return IsoText.timestamp(v, unitsPerSecond, digits, utc);
        }
    }

    private static final class Int96 extends ValueFormat {
        Int96() {
            super(JsonKind.STRING);
        }

        @Override
        String ofBinary(Binary v) {
            ByteBuffer b = v.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            if (b.remaining() != 12) {
                throw new IllegalArgumentException("an INT96 value of " + b.remaining() + " bytes");
            }
            long nanos = b.getLong(b.position());
            long julianDay = Integer.toUnsignedLong(b.getInt(b.position() + 8));
            long day = julianDay - JULIAN_DAY_OF_EPOCH + Math.floorDiv(nanos, IsoText.NANOS_PER_DAY);
            return IsoText.dayTime(day, Math.floorMod(nanos, IsoText.NANOS_PER_DAY), 9, false);
        }
    }

    private static final class Interval extends ValueFormat {
        Interval() {
            super(JsonKind.STRING);
        }

        @Override
        String ofBinary(Binary v) {
            ByteBuffer b = v.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            if (b.remaining() != 12) {
                throw new IllegalArgumentException("an INTERVAL value of " + b.remaining() + " bytes");
            }
            int p = b.position();
            long months = Integer.toUnsignedLong(b.getInt(p));
            long days = Integer.toUnsignedLong(b.getInt(p + 4));
            long millis = Integer.toUnsignedLong(b.getInt(p + 8));
            String seconds = BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
            return "P" + months + "M" + days + "DT" + seconds + "S";
        }
    }

    private static final class Utf8 extends ValueFormat {
        Utf8() {
            super(JsonKind.STRING);
        }

        @Override
        String ofBinary(Binary v) {
            return v.toStringUsingUTF8();
        }
    }

    private static final class Uuid extends ValueFormat {
        Uuid() {
            super(JsonKind.STRING);
        }

        @Override
        String ofBinary(Binary v) {
            ByteBuffer b = v.toByteBuffer();
            if (b.remaining() != 16) {
                throw new IllegalArgumentException("a UUID value of " + b.remaining() + " bytes");
            }
            return new UUID(b.getLong(b.position()), b.getLong(b.position() + 8)).toString();
        }
    }

    private static final class Float16 extends ValueFormat {
        Float16() {
            super(JsonKind.NUMBER);
        }

        @Override
        String ofBinary(Binary v) {
            ByteBuffer b = v.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            if (b.remaining() != 2) {
                throw new IllegalArgumentException("a FLOAT16 value of " + b.remaining() + " bytes");
            }
            return ofFloat(halfToFloat(b.getShort(b.position())));
        }

        /** IEEE 754 binary16 to binary32 (Java 17 has no {@code Float.float16ToFloat}). */
        static float halfToFloat(short h) {
            int sign = (h & 0x8000) << 16;
            int exp = (h >>> 10) & 0x1F;
            int mant = h & 0x3FF;
            if (exp == 0x1F) {
                return Float.intBitsToFloat(sign | 0x7F800000 | (mant << 13));
            }
            if (exp == 0) {
                float m = mant * 0x1p-24f;
                return sign == 0 ? m : -m;
            }
            return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
        }
    }

    private static final class Hex extends ValueFormat {
        Hex() {
            super(JsonKind.STRING);
        }

        @Override
        String ofBinary(Binary v) {
            return hex(v.getBytesUnsafe());
        }
    }

    private static long nanosPerUnit(TimeUnit unit) {
        return switch (unit) {
            case MILLIS -> 1_000_000L;
            case MICROS -> 1_000L;
            case NANOS -> 1L;
        };
    }

    private static int digits(TimeUnit unit) {
        return switch (unit) {
            case MILLIS -> 3;
            case MICROS -> 6;
            case NANOS -> 9;
        };
    }
}
