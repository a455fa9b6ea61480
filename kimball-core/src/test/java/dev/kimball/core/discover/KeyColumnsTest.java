package dev.kimball.core.discover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.InferredType;
import dev.kimball.api.LogicalType;
import dev.kimball.api.SampleInfo;
import dev.kimball.api.Semantic;
import dev.kimball.api.TypeFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyColumnsTest {
    private static final TypeFormat INT = TypeFormat.number('.', '\0');

    @Test
    void timestampsFlagsMeasuresAndTextAreNeverKeys() {
        ColumnProfile p = profile(1, 10);
        assertThat(KeyColumns.excluded(TestingTypes.typed("created_at", LogicalType.TIMESTAMP, 0, 0,
                TypeFormat.temporal("yyyy-MM-dd HH:mm:ss.SSS")), p)).contains("a timestamp");
        assertThat(KeyColumns.excluded(TestingTypes.typed("amount", LogicalType.DECIMAL, 10, 2, INT), p)).contains("a measure");
        assertThat(KeyColumns.excluded(TestingTypes.typed("active", LogicalType.BOOLEAN, 0, 0, TypeFormat.bool("yes", "no")), p))
                .contains("a flag");
        assertThat(KeyColumns.excluded(TestingTypes.typed("quantity", LogicalType.INTEGER, 3, 0, INT), p))
                .contains("measure by its name");
        assertThat(KeyColumns.excluded(typed("seen", LogicalType.INTEGER, Semantic.UNIX_SECONDS), p)).contains("a timestamp");
        assertThat(KeyColumns.excluded(TestingTypes.typed("note", LogicalType.STRING, 0, 0, TypeFormat.NONE), profile(3, 200)))
                .contains("text up to 200");
        assertThat(KeyColumns.excluded(TestingTypes.typed("customer_id", LogicalType.INTEGER, 5, 0, INT), p)).isNull();
        assertThat(KeyColumns.excluded(TestingTypes.typed("code", LogicalType.STRING, 0, 0, TypeFormat.NONE), p)).isNull();
    }

    @Test
    void datesJoinOnlyInTheSameFormat() {
        InferredType iso = TestingTypes.typed("d", LogicalType.DATE, 0, 0, TypeFormat.temporal("yyyy-MM-dd"));
        InferredType compact = typed("date_key", LogicalType.DATE, Semantic.YYYYMMDD);
        InferredType integer = TestingTypes.typed("date_key", LogicalType.INTEGER, 8, 0, INT);
        assertThat(KeyColumns.compatible(iso, iso)).isTrue();
        assertThat(KeyColumns.compatible(iso, compact)).isFalse();
        assertThat(KeyColumns.compatible(compact, integer)).isTrue();
        assertThat(KeyColumns.compatible(integer, iso)).isFalse();
        assertThat(KeyColumns.compatible(integer, TestingTypes.typed("c", LogicalType.STRING, 0, 0, TypeFormat.NONE))).isTrue();
    }

    @Test
    void integerIdentifiersAndUuidsLookSurrogateButSmartDateKeysDoNot() {
        InferredType integer = TestingTypes.typed("id", LogicalType.INTEGER, 5, 0, INT);
        assertThat(KeyColumns.surrogate(integer, profile(1, 5))).isTrue();
        ColumnProfile dates = new ColumnProfile("date_key", 2, 0, 0, 2, 8, 8,
                List.of(new ValueCount("20240131", 1), new ValueCount("20240201", 1)));
        assertThat(KeyColumns.surrogate(integer, dates)).isFalse();
        ColumnProfile uuids = new ColumnProfile("u", 1, 0, 0, 1, 36, 36,
                List.of(new ValueCount("123e4567-e89b-12d3-a456-426614174000", 1)));
        assertThat(KeyColumns.surrogate(TestingTypes.typed("u", LogicalType.STRING, 0, 0, TypeFormat.NONE), uuids)).isTrue();
        assertThat(KeyColumns.surrogate(TestingTypes.typed("code", LogicalType.STRING, 0, 0, TypeFormat.NONE), profile(7, 7)))
                .isFalse();
    }

    private static ColumnProfile profile(long minLength, long maxLength) {
        return new ColumnProfile("c", 10, 0, 0, 10, minLength, maxLength, List.of());
    }

    private static InferredType typed(String column, LogicalType type, Semantic semantic) {
        TypeFormat format = semantic == Semantic.YYYYMMDD ? TypeFormat.temporal("yyyyMMdd") : TypeFormat.unix(TypeFormat.UnixUnit.SECONDS);
        return new InferredType(column, type, 0, 0, format, semantic, 1, "test", 0, 0, 0, 0, List.of(), List.of(), "",
                new SampleInfo(0, 0, 0, 0, 0), List.of());
    }
}
