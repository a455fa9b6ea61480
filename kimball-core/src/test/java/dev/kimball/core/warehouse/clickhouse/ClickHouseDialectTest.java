package dev.kimball.core.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.TableRef;
import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.ColumnType;
import dev.kimball.spi.TableDef;
import dev.kimball.spi.TableKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL text; that the server accepts it and round-trips values is the contract suite's job. */
class ClickHouseDialectTest {
    private final ClickHouseDialect d = new ClickHouseDialect(layer -> "ns_" + layer);

    @Test
    void quotingEscapesBackslashQuoteAndNul() {
        assertThat(d.quote("a`b\\c")).isEqualTo("`a\\`b\\\\c`");
        assertThat(d.literal("it's a \\ \0")).isEqualTo("'it\\'s a \\\\ \\0'");
        assertThat(d.literal(null)).isEqualTo("NULL");
        assertThatThrownBy(() -> d.quote("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(d.table(TableRef.bronze("t`x"))).isEqualTo("`ns_bronze`.`t\\`x`");
    }

    @Test
    void appendTablesDeduplicateBatchesAndAllowNullableKeys() {
        TableDef def = new TableDef(TableRef.bronze("t"), List.of(ColumnDef.string("a"), ColumnDef.required("b", ColumnType.INT64)),
                TableKind.APPEND, List.of("a", "b"));
        assertThat(d.createTable(def)).isEqualTo("CREATE TABLE IF NOT EXISTS `ns_bronze`.`t` (`a` Nullable(String), `b` Int64)"
                + " ENGINE = MergeTree ORDER BY (`a`, `b`) SETTINGS non_replicated_deduplication_window = 1000, allow_nullable_key = 1");
        TableDef unordered = new TableDef(TableRef.bronze("u"), List.of(ColumnDef.string("a")), TableKind.APPEND, List.of());
        assertThat(d.createTable(unordered)).contains("ORDER BY tuple() SETTINGS non_replicated_deduplication_window = 1000")
                .doesNotContain("allow_nullable_key");
    }

    @Test
    void versionedTablesUseReplacingMergeTreeAndNeedAKey() {
        List<ColumnDef> cols = List.of(ColumnDef.required("k", ColumnType.STRING), ColumnDef.required("ts", ColumnType.TIMESTAMP),
                ColumnDef.required(TableDef.VERSION, ColumnType.INT64), ColumnDef.required(TableDef.IS_DELETED, ColumnType.BOOLEAN));
        TableDef def = new TableDef(TableRef.metadata("m"), cols, TableKind.VERSIONED, List.of("k"));
        assertThat(d.createTable(def)).isEqualTo("CREATE TABLE IF NOT EXISTS `ns_metadata`.`m` (`k` String, `ts` DateTime64(6, 'UTC'),"
                + " `version` Int64, `is_deleted` Bool) ENGINE = ReplacingMergeTree(`version`, `is_deleted`) ORDER BY (`k`)");
        assertThat(d.latest(def)).isEqualTo("SELECT * FROM `ns_metadata`.`m` FINAL WHERE NOT `is_deleted`");
        assertThatThrownBy(() -> d.createTable(new TableDef(TableRef.metadata("m"), cols, TableKind.VERSIONED, List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a key");
    }

    @Test
    void otherStatements() {
        assertThat(d.addColumn(TableRef.bronze("t"), ColumnDef.required("c d", ColumnType.FLOAT64)))
                .isEqualTo("ALTER TABLE `ns_bronze`.`t` ADD COLUMN IF NOT EXISTS `c d` Nullable(Float64)");
        assertThat(d.deleteWhere(TableRef.bronze("t"), "x = 1")).isEqualTo("DELETE FROM `ns_bronze`.`t` WHERE x = 1");
        assertThat(d.dropTable(TableRef.bronze("t"))).isEqualTo("DROP TABLE IF EXISTS `ns_bronze`.`t` SYNC");
        assertThat(d.createDatabase("gold")).isEqualTo("CREATE DATABASE IF NOT EXISTS `ns_gold`");
    }
}
