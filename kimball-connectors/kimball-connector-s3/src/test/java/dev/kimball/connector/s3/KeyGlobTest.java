package dev.kimball.connector.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class KeyGlobTest {
    private static boolean matches(String glob, String key) {
        Pattern p = KeyGlob.compile(glob);
        return p.matcher(key).matches();
    }

    @Test
    void starAndQuestionMarkStayWithinASegment() {
        assertThat(matches("sales_*.csv", "sales_2024.csv")).isTrue();
        assertThat(matches("sales_*.csv", "sales_/x.csv")).isFalse();
        assertThat(matches("sales_?.csv", "sales_1.csv")).isTrue();
        assertThat(matches("sales_?.csv", "sales_12.csv")).isFalse();
    }

    @Test
    void doubleStarCrossesSegmentsAndMatchesNoneAtAll() {
        assertThat(matches("**/*.csv", "a.csv")).isTrue();
        assertThat(matches("**/*.csv", "x/y/a.csv")).isTrue();
        assertThat(matches("**/*.csv", "x/y/a.txt")).isFalse();
        assertThat(matches("d/**", "d/x/y")).isTrue();
    }

    @Test
    void classesAlternativesAndLiteralsBehaveAsInShells() {
        assertThat(matches("s[12].{csv,parquet}", "s1.csv")).isTrue();
        assertThat(matches("s[12].{csv,parquet}", "s2.parquet")).isTrue();
        assertThat(matches("s[12].{csv,parquet}", "s3.csv")).isFalse();
        assertThat(matches("s[!1].csv", "s2.csv")).isTrue();
        assertThat(matches("s[!1].csv", "s1.csv")).isFalse();
        assertThat(matches("a+b(1).csv", "a+b(1).csv")).isTrue();
        assertThat(matches("a.csv", "abcsv")).isFalse();
    }

    @Test
    void theBaseIsTheFolderBeforeTheFirstGlobSegment() {
        assertThat(KeyGlob.base("exports/2024/sales_*.csv")).isEqualTo("exports/2024/");
        assertThat(KeyGlob.base("exports/**/x.csv")).isEqualTo("exports/");
        assertThat(KeyGlob.base("*.csv")).isEmpty();
        assertThat(KeyGlob.crossesFolders("sales_*.csv")).isFalse();
        assertThat(KeyGlob.crossesFolders("**/x.csv")).isTrue();
        assertThat(KeyGlob.crossesFolders("2024/*.csv")).isTrue();
    }

    @Test
    void unclosedGroupsAreRejectedNamingThePattern() {
        assertThatThrownBy(() -> KeyGlob.compile("a[bc")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a[bc");
        assertThatThrownBy(() -> KeyGlob.compile("{a,b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{a,b");
    }
}
