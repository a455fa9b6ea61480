package dev.kimball.core.bronze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.LoadReport;
import dev.kimball.api.Sources;
import dev.kimball.api.TableLoadReport;
import dev.kimball.api.TableRef;
import dev.kimball.spi.Dialect;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real CSV files end to end into bronze, on every warehouse. */
public abstract class CsvBronzeContractTest extends SessionContractTest {

    @TempDir
    Path dir;

    private Dialect d() {
        return warehouse.dialect();
    }

    private Path write(String name, String text, Charset cs, byte... bom) throws IOException {
        Path p = dir.resolve(name);
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(p, all);
        return p;
    }

    private List<String> column(TableRef t, String column) {
        return warehouse.query("SELECT " + d().quote(column) + " AS v FROM " + d().table(t) + " ORDER BY "
                + d().quote(BronzeTables.ROW)).stream().map(m -> (String) m.get("v")).toList();
    }

    @Test
    void brokenRowsAreRejectedAndCountsReconcile() throws IOException {
        StringBuilder sb = new StringBuilder("id,name,amount\n");
        for (int i = 1; i <= 1_000; i++) {
            if (i == 100) {
                sb.append("100,too,many,fields,here\n");
            } else if (i == 500) {
                sb.append("500,short\n");
            } else {
                sb.append(i).append(",name ").append(i).append(',').append(i * 1.5).append('\n');
            }
        }
        Path f = write("broken_rows.csv", sb.toString(), StandardCharsets.UTF_8);
        TableLoadReport t = session.acquire(Sources.csv(f)).toBronze().run().table("broken_rows");
        assertThat(t.rowsRead()).isEqualTo(1_000);
        assertThat(t.rowsRejected()).isEqualTo(2);
        assertThat(t.rowsLoaded()).isEqualTo(998);
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + d().table(t.table()))).isEqualTo(998);
        List<Map<String, Object>> rejects = warehouse.query("SELECT " + d().quote(BronzeTables.ROW) + " AS line, raw, reason FROM "
                + d().table(BronzeTables.REJECTS) + " WHERE bronze_table = 'broken_rows' ORDER BY line");
        assertThat(rejects).extracting(m -> m.get("line")).containsExactly(101L, 501L);
        assertThat((String) rejects.get(0).get("raw")).contains("too,many,fields");
        assertThat((String) rejects.get(0).get("reason")).isNotBlank();
    }

    @Test
    void latin1AndUtf16FilesLoadWithCorrectText() throws IOException {
        String text = "city;name\nMünchen;Café Müller\nSão Paulo;Crème brûlée\n";
        Path latin = write("latin.csv", text, Charset.forName("windows-1252"));
        Path u16le = write("utf16le.csv", text, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE);
        Path u16be = write("utf16be.csv", text, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF);
        Path u8bom = write("utf8bom.csv", text, StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        LoadReport r = session.acquire(Sources.csv(latin), Sources.csv(u16le), Sources.csv(u16be), Sources.csv(u8bom)).toBronze().run();
        for (String table : List.of("latin", "utf16le", "utf16be", "utf8bom")) {
            TableLoadReport t = r.table(table);
            assertThat(t.columns()).extracting(c -> c.original()).as(table).containsExactly("city", "name");
            assertThat(column(t.table(), "city")).as(table).containsExactly("München", "São Paulo");
            assertThat(column(t.table(), "name")).as(table).containsExactly("Café Müller", "Crème brûlée");
        }
        assertThat(r.table("latin").encoding()).containsIgnoringCase("1252");
        assertThat(r.table("utf16le").encoding()).containsIgnoringCase("UTF-16");
    }

    @Test
    void hostileHeadersLoadSafely() throws IOException {
        String header = "\"id\",\"we\"\"ird\",\"back`tick\",\"semi;colon\",\"drop table x; --\",\"ünï名\",\"\",\"ID\",\"_kimball_source\",\"a,b\"\n";
        Path f = write("hostile.csv", header + "1,2,3,4,5,6,7,8,9,10\n", StandardCharsets.UTF_8);
        TableLoadReport t = session.acquire(Sources.csv(f)).toBronze().run().table("hostile");
        assertThat(t.columns()).extracting(c -> c.original()).containsExactly("id", "we\"ird", "back`tick", "semi;colon",
                "drop table x; --", "ünï名", "", "ID", "_kimball_source", "a,b");
        assertThat(t.columns()).extracting(c -> c.name()).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).doesNotStartWith("_kimball_").matches("[\\p{L}\\p{N}_]+"));
        Map<String, Object> row = warehouse.query("SELECT * FROM " + d().table(t.table())).get(0);
        assertThat(row).containsEntry("kimball_source", "9").containsEntry("drop_table_x", "5").containsEntry("id_2", "8");
        assertThat((String) row.get(BronzeTables.SOURCE)).endsWith("hostile.csv");
    }

    @Test
    void reloadingTheSameFileDoesNotDuplicate() throws IOException {
        Path f = write("reload.csv", "a,b\n1,2\n3,4\n", StandardCharsets.UTF_8);
        session.acquire(Sources.csv(f)).toBronze().run();
        session.acquire(Sources.csv(f)).toBronze().run();
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + d().table(TableRef.bronze("reload")))).isEqualTo(2);
    }

    @Test
    void dailyExportsWithOneHeaderFormOneTableOthersTheirOwnOrAForcedOne() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("daily"));
        for (int day = 1; day <= 3; day++) {
            Files.writeString(sub.resolve("sales_2024-01-0" + day + ".csv"), "store,amount\nA," + day + "\nB," + (day * 10) + "\n");
        }
        Files.writeString(sub.resolve("sales_2024-02-01.csv"), "store,amount,currency\nA,5,EUR\n"); // another header
        Files.writeString(sub.resolve("stores.csv"), "store,city\nA,Berlin\n");
        LoadReport byPattern = session.acquire(Sources.csv(sub.resolve("*.csv").toString())).toBronze().run();
        assertThat(byPattern.tables()).extracting(t -> t.table().name())
                .containsExactlyInAnyOrder("sales", "sales_2024_02_01", "stores");
        assertThat(byPattern.table("sales").sources()).hasSize(3);
        assertThat(byPattern.table("sales").rowsLoaded()).isEqualTo(6);
        assertThat(warehouse.queryLong("SELECT count(DISTINCT " + d().quote(BronzeTables.SOURCE) + ") FROM "
                + d().table(TableRef.bronze("sales")))).isEqualTo(3);
        LoadReport one = session.acquire(Sources.csv(sub.toString())).toBronze("all_daily").run();
        assertThat(one.tables()).singleElement().satisfies(t -> {
            assertThat(t.rowsLoaded()).isEqualTo(8);
            assertThat(t.sources()).hasSize(5);
        });
    }

    @Test
    void anIncrementalLoadSkipsUnchangedFilesAndReplacesChangedOnes() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("incremental"));
        Path a = Files.writeString(sub.resolve("alpha.csv"), "k,v\n1,a\n2,b\n");
        Files.writeString(sub.resolve("beta.csv"), "k,v\n1,x\n");
        LoadReport first = session.acquire(Sources.csv(sub.toString())).toBronze().incremental().run();
        assertThat(first.tables()).hasSize(2);
        assertThat(first.skipped()).isEmpty();

        LoadReport second = session.acquire(Sources.csv(sub.toString())).toBronze().incremental().run();
        assertThat(second.tables()).isEmpty();
        assertThat(second.skipped()).hasSize(2);

        Files.writeString(a, "k,v\n1,a\n2,b\n3,c\n");
        Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        LoadReport third = session.acquire(Sources.csv(sub.toString())).toBronze().incremental().run();
        assertThat(third.tables()).extracting(t -> t.table().name()).containsExactly("alpha");
        assertThat(third.skipped()).singleElement().satisfies(n -> assertThat(n).endsWith("beta.csv"));
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + d().table(TableRef.bronze("alpha")))).isEqualTo(3);
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + d().table(TableRef.bronze("beta")))).isEqualTo(1);
    }
}
