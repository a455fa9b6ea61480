package dev.kimball.inference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.InferredType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ScannersTest {
    private static boolean number(NumberFormatDetector d, String v) {
        return d.scan(v, 0, v.length());
    }

    @Test
    void numberConventionsAndParts() {
        NumberFormatDetector d = new NumberFormatDetector();
        assertThat(number(d, "1,234.56")).isTrue();
        assertThat(d.convMask).isEqualTo(1);
        assertThat(d.intDigits[0]).isEqualTo(4);
        assertThat(d.scale[0]).isEqualTo(2);
        assertThat(number(d, "1.234,56")).isTrue();
        assertThat(d.convMask).isEqualTo(2);
        assertThat(number(d, "1\u202F234,56 €")).isTrue();
        assertThat(d.convMask & 4).isEqualTo(4);
        assertThat(CurrencyTokens.TOKENS[d.currency]).isEqualTo("€");
        assertThat(d.currencySuffix).isTrue();
        assertThat(number(d, "($1,234.56)")).isTrue();
        assertThat(d.negative && d.parens).isTrue();
        assertThat(number(d, "-$5")).isTrue();
        assertThat(number(d, "USD 10")).isTrue();
        assertThat(number(d, "85.5 %")).isTrue();
        assertThat(d.percent).isTrue();
        assertThat(number(d, "1.5e-3")).isTrue();
        assertThat(d.exponent).isTrue();
        assertThat(number(d, "0042")).isTrue();
        assertThat(d.leadingZero).isTrue();
        assertThat(number(d, "0.42")).isTrue();
        assertThat(d.leadingZero).isFalse();
        for (String no : List.of("1.2.3", "12-34", "(5", "5)", "--5", "$", "1,23,456", "USDX 5", "192.168.1.1", "12 kg", "e5", "1e")) {
            assertThat(number(d, no)).as(no).isFalse();
        }
    }

    @Test
    void datesAreValidatedNotJustShaped() {
        DateFormatDetector d = new DateFormatDetector();
        for (String yes : List.of("2024-02-29", "29/02/2024", "Feb 29, 2024", "2024-01-01T23:59:60Z", "12:00 AM", "1/2/24",
                "Sun, 26 Oct 2025 10:00:00 GMT", "2024-01-01 10:00:00 +05:30")) {
            assertThat(d.scan(yes, 0, yes.length())).as(yes).isTrue();
        }
        for (String no : List.of("2023-02-29", "31/04/2024", "2024-13-01", "24:00", "13:00 PM", "10:60", "Foo 26, 2025",
                "2024-01-01T10:00:00+5", "32/01/2024", "2024/1/1/1")) {
            assertThat(d.scan(no, 0, no.length())).as(no).isFalse();
        }
        String v = "07/08/2024";
        assertThat(d.scan(v, 0, v.length())).isTrue();
        assertThat(d.dm).isEqualTo(DateFormatDetector.DM_DMY | DateFormatDetector.DM_MDY);
    }

    @Test
    void booleanAndNullTokensIgnoreCase() {
        assertThat(BooleanDetector.code("TRUE", 0, 4)).isEqualTo(1);
        assertThat(BooleanDetector.code("No", 0, 2)).isEqualTo(4);
        assertThat(BooleanDetector.code("yess", 0, 4)).isZero();
        NullTokens n = NullTokens.defaults();
        assertThat(List.of("", "  ", "NULL", "null", "Null", "N/A", "n/a", "NA", "-", "None", "NaN", "#N/A")).allMatch(n::isNull);
        assertThat(List.of("0", "none of them", "NAN2", "--")).noneMatch(n::isNull);
    }

    @Test
    void concurrentInferenceMatchesSequential() throws Exception {
        TypeInference engine = TypeInference.create();
        List<CorpusLoader.Column> corpus = CorpusLoader.load(CorpusAccuracyTest.FILES);
        List<InferredType> expected = new ArrayList<>();
        for (CorpusLoader.Column c : corpus) {
            expected.add(TypeInference.builder().cacheSize(0).build().infer(c.name(), c.values()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<InferredType>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> corpus.stream().map(c -> engine.infer(c.name(), c.values())).toList()));
            }
            for (Future<List<InferredType>> f : runs) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(engine.cacheStats().hits()).isGreaterThan(0);
    }
}
