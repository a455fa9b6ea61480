package dev.kimball.core.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generator's shape and truth are consistent: benchmarks rely on the wide variant's size. */
class TestingStarSchemaTest {
    @Test
    void wideHasFourteenTablesAnd237Columns() {
        TestingStarSchema wide = TestingStarSchema.wide(200, 3);
        assertThat(wide.tables()).hasSize(14);
        assertThat(wide.columnCount()).isEqualTo(237);
        assertThat(wide.relationships()).hasSize(20);
        assertThat(TestingStarSchema.of(200, 3).tables()).hasSize(9);
    }

    @Test
    void truthNamesExistingColumnsAndRowsAreRepeatable() {
        TestingStarSchema s = TestingStarSchema.wide(300, 5);
        for (Map.Entry<String, List<String>> pk : s.primaryKeys().entrySet()) {
            assertThat(s.columns(pk.getKey())).containsAll(pk.getValue());
        }
        for (TestingStarSchema.TrueRelationship r : s.relationships()) {
            assertThat(s.columns(r.fromTable())).containsAll(r.fromColumns());
            assertThat(s.columns(r.toTable())).containsAll(r.toColumns());
            assertThat(new HashSet<>(s.primaryKeys().get(r.toTable()))).as(r.toString()).isEqualTo(new HashSet<>(r.toColumns()));
        }
        assertThat(s.rows("order_lines")).hasSize(300).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(TestingStarSchema.wide(300, 5).rows("order_lines"));
        assertThat(s.rows("events").get(7)).containsExactly(s.rows("events").get(6));
    }
}
