package dev.kimball.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.api.LoadReport;
import dev.kimball.api.SourceException;
import dev.kimball.api.Sources;
import dev.kimball.api.TableRef;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zero-setup path: {@code Kimball.acquire(...).toBronze().run()} on the default embedded warehouse. */
class DefaultWarehouseTest {
    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(Kimball.WAREHOUSE_PROPERTY);
    }

    @Test
    void oneShotAcquireUsesTheDefaultWarehouseAndReleasesIt() throws Exception {
        Path csv = Files.writeString(dir.resolve("sales.csv"), "id,amount\n1,$10.00\n2,$12.50\n");
        Path db = dir.resolve("default.duckdb");
        System.setProperty(Kimball.WAREHOUSE_PROPERTY, "jdbc:duckdb:" + db);

        LoadReport r = Kimball.acquire(Sources.csv(csv)).toBronze().run();

        assertThat(r.rowsLoaded()).isEqualTo(2);
        assertThat(db).exists();
        // the one-shot form closed its session: the file can be opened again in this process
        try (KimballSession k = Kimball.open()) {
            assertThat(k.warehouseKind()).isEqualTo("duckdb");
            assertThat(k.bronzeTables()).containsExactly(TableRef.bronze("sales"));
        }
    }

    @Test
    void theDefaultIsAFileInTheWorkingDirectory() {
        assertThat(Kimball.defaultWarehouseUrl()).isIn(Kimball.DEFAULT_WAREHOUSE, System.getenv(Kimball.WAREHOUSE_ENV));
    }

    @Test
    void unknownWarehouseUrlListsWhatIsAvailable() {
        assertThatThrownBy(() -> Kimball.connect("jdbc:oracle:thin:@x"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("jdbc:oracle:thin:@x")
                .hasMessageContaining("duckdb")
                .hasMessageContaining("clickhouse");
    }

    @Test
    void missingFileIsASourceErrorNamingThePath() {
        try (KimballSession k = Kimball.embedded(dir.resolve("w.duckdb"))) {
            assertThatThrownBy(() -> k.acquire(Sources.csv(dir.resolve("nope.csv"))).toBronze().run())
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("nope.csv");
        }
    }
}
