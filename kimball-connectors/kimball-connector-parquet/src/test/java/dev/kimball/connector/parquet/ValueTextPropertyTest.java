package dev.kimball.connector.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;

/**
 * The hand-written formatters agree with java.time and BigDecimal on random values across their whole range, the
 * float formatter round-trips and is never longer than Java's own text.
 */
class ValueTextPropertyTest {
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter NANOS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

    private final Random random = new Random(42);

    @Test
    void timestampsMatchJavaTime() {
        for (int i = 0; i < 200_000; i++) {
            // years 0000..9999 in millis, micros and nanos (nanos reach only 1677..2262)
            long millis = random.nextLong(-62_167_219_200_000L, 253_402_300_800_000L);
            assertThat(IsoText.timestamp(millis, 1_000, 3, true)).isEqualTo(MILLIS.format(utc(Instant.ofEpochMilli(millis))) + "Z");
            long micros = millis * 1000 + random.nextInt(1000);
            assertThat(IsoText.timestamp(micros, 1_000_000, 6, false))
                    .isEqualTo(MICROS.format(utc(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L))));
            long nanos = random.nextLong();
            assertThat(IsoText.timestamp(nanos, 1_000_000_000, 9, false))
                    .isEqualTo(NANOS.format(utc(Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000), Math.floorMod(nanos, 1_000_000_000)))));
        }
    }

    @Test
    void datesAndTimesMatchJavaTime() {
        for (int i = 0; i < 200_000; i++) {
            int day = random.nextInt(-800_000, 3_000_000);
            assertThat(IsoText.date(day)).isEqualTo(LocalDate.ofEpochDay(day).toString());
            long nanoOfDay = random.nextLong(IsoText.NANOS_PER_DAY);
            assertThat(IsoText.time(nanoOfDay, 9)).isEqualTo(DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS").format(LocalTime.ofNanoOfDay(nanoOfDay)));
        }
    }

    @Test
    void longDecimalsMatchBigDecimal() {
        for (int scale = 0; scale <= 18; scale++) {
            ValueFormat f = ValueFormats.of(Types.required(PrimitiveTypeName.INT64)
                    .as(LogicalTypeAnnotation.decimalType(scale, 18)).named("d"));
            for (int i = 0; i < 20_000; i++) {
                long v = switch (i % 4) {
                    case 0 -> random.nextLong();
                    case 1 -> random.nextInt(2_000) - 1_000;
                    case 2 -> i == 2 ? Long.MIN_VALUE : Long.MAX_VALUE - i;
                    default -> random.nextLong(-1_000_000_000L, 1_000_000_000L);
                };
                assertThat(f.ofLong(v)).isEqualTo(BigDecimal.valueOf(v, scale).toPlainString());
            }
        }
    }

    @Test
    void floatingPointTextRoundTripsAndIsShortest() {
        ValueFormat f = ValueFormats.of(Types.required(PrimitiveTypeName.DOUBLE).named("d"));
        for (int i = 0; i < 200_000; i++) {
            double d = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            if (Double.isNaN(d)) {
                assertThat(f.ofDouble(d)).isEqualTo("NaN");
                continue;
            }
            String text = f.ofDouble(d);
            assertThat(Double.parseDouble(text)).isEqualTo(d);
            assertThat(text.length()).isLessThanOrEqualTo(Double.toString(d).length());
            float x = (float) d;
            String ftext = f.ofFloat(x);
            assertThat(Float.parseFloat(ftext)).isEqualTo(x);
            assertThat(ftext.length()).isLessThanOrEqualTo(Float.toString(x).length());
        }
        assertThat(f.ofDouble(2.0e-3)).isEqualTo("0.002");
        assertThat(f.ofFloat(1.0e23f)).isEqualTo("1.0E23");
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
