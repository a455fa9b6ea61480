package dev.kimball.inference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.InferredType;
import dev.kimball.api.LogicalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random columns mixing number, date, boolean, null and junk values (fixed seed): the engine never throws, and the
 * format it reports accepts exactly the values it counted as conforming.
 */
class InferencePropertyTest {
    private static final String ALPHABET = "0123456789-/.,:+ $€%()eETZaAmMpP'#";
    private static final String[] SEEDS = {"2024-01-15", "15/01/2024", "01/15/2024", "1,234.56", "1.234,56", "(12.50)",
        "$5", "12%", "1e5", "true", "no", "Y", "10:30", "10:30:15", "2024-01-15T10:30:00Z", "20240115", "1700000000",
        "0012", "NULL", "", "?", "Oct 26, 2025", "26 Oct 2025", "1 234,5", "-7", "3.14", "abc"};

    @Test
    void randomColumnsKeepTheInvariants() {
        Random r = new Random(99);
        TypeInference engine = TypeInference.builder().cacheSize(0).build();
        int typed = 0;
        for (int col = 0; col < 3000; col++) {
            int n = 1 + r.nextInt(40);
            int kinds = 1 + r.nextInt(3);
            List<String> v = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                v.add(value(r, r.nextInt(kinds) + col % 7));
            }
            InferredType t = engine.infer("c" + col, v);
            FormatValidator fv = FormatValidator.of(t);
            long ok = v.stream().filter(x -> !engine.nullTokens().isNull(x) && !MissingCodes.isCode(t.missingCodes(), x)
                    && fv.conforms(x)).count();
            assertThat(ok).as("column %s inferred %s %s", v, t.typeName(), t.format().describe()).isEqualTo(t.conforming());
            typed += t.type() == LogicalType.STRING ? 0 : 1;
        }
        assertThat(typed).as("the generator produces typed columns too").isGreaterThan(300);
    }

    private static String value(Random r, int kind) {
        switch (kind % 4) {
            case 0: {
                StringBuilder b = new StringBuilder();
                for (int i = r.nextInt(12); i >= 0; i--) {
                    b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                }
                return b.toString();
            }
            case 1: return SEEDS[r.nextInt(SEEDS.length)];
            case 2: return String.valueOf(r.nextInt(100_000) - 50_000);
            default: {
                String s = SEEDS[r.nextInt(SEEDS.length)];
                return s.isEmpty() ? s : s.substring(0, 1 + r.nextInt(s.length()));
            }
        }
    }
}
