package dev.kimball.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRowsTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void valuesAreStoredColumnByColumnAndReadBackExactly() {
        TextRows rows = new TextRows(3, 1); // grows from one row
        String long1 = "x".repeat(10_000);
        List<String[]> written = List.of(new String[] {"a", null, ""}, new String[] {"ünï名😀", long1, "multi\nline"},
                new String[] {null, null, null}, new String[] {"", "b", "c"});
        long number = 7;
        for (String[] r : written) {
            for (String v : r) {
                rows.add(v == null ? null : utf8(v));
            }
            rows.endRow(number++);
        }
        assertThat(rows.size()).isEqualTo(4);
        assertThat(rows.width()).isEqualTo(3);
        List<Object[]> back = rows.toObjectRows();
        for (int i = 0; i < written.size(); i++) {
            assertThat(Arrays.copyOf(back.get(i), 3)).as("row %d", i).containsExactly((Object[]) written.get(i));
            assertThat(back.get(i)[3]).isEqualTo(7L + i);
            assertThat(rows.number(i)).isEqualTo(7L + i);
        }
        // column 1: lengths in row order, -1 for missing; bytes one after the other
        assertThat(Arrays.copyOf(rows.columnLengths(1), 4)).containsExactly(-1, 10_000, -1, 1);
        assertThat(new String(rows.columnBytes(1), 0, 10_001, StandardCharsets.UTF_8)).isEqualTo(long1 + "b");
    }

    @Test
    void aValueCanBeWrittenInPlaceAndShortRowsArePaddedWithMissingValues() {
        TextRows rows = new TextRows(2, 4);
        byte[] d = rows.reserve(3);
        int p = rows.position();
        d[p] = 'a';
        d[p + 1] = 'b';
        rows.endValue(2); // reserved 3, used 2
        rows.endRow(1);
        rows.add(utf8("c"));
        rows.add(utf8("d"));
        rows.endRow(2);
        assertThat(rows.toObjectRows()).satisfiesExactly(r -> assertThat(r).containsExactly("ab", null, 1L),
                r -> assertThat(r).containsExactly("c", "d", 2L));
    }

    @Test
    void aRowTakesNoMoreThanItsWidth() {
        TextRows rows = new TextRows(1, 4);
        rows.add(utf8("a"));
        assertThatThrownBy(() -> rows.add(utf8("b"))).isInstanceOf(IllegalStateException.class).hasMessageContaining("endRow");
        assertThatThrownBy(() -> new TextRows(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
