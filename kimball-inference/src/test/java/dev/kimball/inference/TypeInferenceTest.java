package dev.kimball.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.InferredType;
import dev.kimball.api.LogicalType;
import dev.kimball.api.Semantic;
import dev.kimball.api.TypeCorrection;
import dev.kimball.api.TypeFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TypeInferenceTest {
    private final TypeInference engine = TypeInference.create();

    @Test
    void ambiguousDayMonthReportsBothCandidates() {
        InferredType t = engine.infer("d", "01/02/2024", "03/04/2024", "11/12/2024");
        assertThat(t.type()).isEqualTo(LogicalType.DATE);
        assertThat(t.format().pattern()).isEqualTo("MM/dd/yyyy");
        assertThat(t.ambiguous()).isTrue();
        assertThat(t.alternatives()).extracting(TypeFormat::pattern).containsExactly("dd/MM/yyyy");
        InferredType dayFirst = TypeInference.builder().preferDayFirst(true).build().infer("d", "01/02/2024", "03/04/2024");
        assertThat(dayFirst.format().pattern()).isEqualTo("dd/MM/yyyy");
        assertThat(dayFirst.alternatives()).extracting(TypeFormat::pattern).containsExactly("MM/dd/yyyy");
    }

    @Test
    void separatorAmbiguityReportsTheOtherConvention() {
        InferredType t = engine.infer("w", "12,345", "1,500", "7,250");
        assertThat(t.format().describe()).isEqualTo("decimal='.' grouping=','");
        assertThat(t.alternatives()).extracting(TypeFormat::describe).containsExactly("decimal=','");
        assertThat(engine.infer("w", "12,345", "1,5").format().describe()).as("one value decides").isEqualTo("decimal=','");
    }

    @Test
    void oneDayAboveTwelveDecidesTheWholeColumn() {
        List<String> v = new ArrayList<>(List.of("01/02/2024", "03/04/2024", "05/06/2024"));
        v.add("31/01/2024");
        InferredType t = engine.infer("d", v);
        assertThat(t.format().pattern()).isEqualTo("dd/MM/yyyy");
        assertThat(t.ambiguous()).isFalse();
        assertThat(t.conforming()).isEqualTo(4);
    }

    @Test
    void belowThresholdIsStringWithReasonCountsAndExamples() {
        InferredType t = engine.infer("x", "1", "2", "3", "4", "5", "6", "7", "a", "b", "c");
        assertThat(t.type()).isEqualTo(LogicalType.STRING);
        assertThat(t.confidence()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.reason()).contains("7 of 10").contains("below the 90.0% threshold");
        InferredType lenient = TypeInference.builder().threshold(0.7).build().infer("x", "1", "2", "3", "4", "5", "6", "7", "a", "b", "c");
        assertThat(lenient.type()).isEqualTo(LogicalType.INTEGER);
        assertThat(lenient.nonConforming()).isEqualTo(3);
        assertThat(lenient.nonConformingExamples()).containsExactly("a", "b", "c");
        assertThat(lenient.confidence()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void exampleLimitCapsDistinctNonConformingValues() {
        List<String> v = IntStream.range(0, 100).mapToObj(String::valueOf).collect(Collectors.toList());
        v.addAll(List.of("x1", "x2", "x2", "x3"));
        InferredType t = TypeInference.builder().exampleLimit(2).build().infer("n", v);
        assertThat(t.type()).isEqualTo(LogicalType.INTEGER);
        assertThat(t.nonConforming()).isEqualTo(4);
        assertThat(t.nonConformingExamples()).containsExactly("x1", "x2");
    }

    @Test
    void percentScaleIsStated() {
        InferredType fraction = engine.infer("p", "85.5%", "12%");
        assertThat(fraction.format().percent()).isEqualTo(TypeFormat.PercentScale.FRACTION);
        assertThat(fraction.typeName()).isEqualTo("DECIMAL(4,3)");
        InferredType points = TypeInference.builder().percentScale(TypeFormat.PercentScale.POINTS).build().infer("p", "85.5%", "12%");
        assertThat(points.format().percent()).isEqualTo(TypeFormat.PercentScale.POINTS);
        assertThat(points.typeName()).isEqualTo("DECIMAL(3,1)");
        assertThat(points.semantic()).isEqualTo(Semantic.PERCENTAGE);
    }

    @Test
    void nullTokensAreConfigurable() {
        assertThat(engine.infer("n", "1", "?", "3", "?", "5", "6").type()).isEqualTo(LogicalType.STRING);
        TypeInference custom = TypeInference.builder().nullTokens(NullTokens.of(List.of("?"))).build();
        InferredType t = custom.infer("n", "1", "?", "3", "?", "5", "6");
        assertThat(t.type()).isEqualTo(LogicalType.INTEGER);
        assertThat(t.nulls()).isEqualTo(2);
        assertThat(custom.infer("n", "1", "N/A", "3").type()).as("N/A is no longer null").isEqualTo(LogicalType.STRING);
    }

    @Test
    void repeatedDigitFreeExceptionsBecomeMissingCodes() {
        InferredType t = engine.infer("losses", "?", "161", "?", "91", "150", "?", "104", "128", "134", "85");
        assertThat(t.type()).isEqualTo(LogicalType.INTEGER);
        assertThat(t.missingCodes()).containsExactly("?");
        assertThat(t.nulls()).isEqualTo(3);
        assertThat(t.nonNull()).isEqualTo(7);
        assertThat(engine.infer("m", "1", "x", "2", "y", "3", "4", "5").type()).as("one-off junk is no code").isEqualTo(LogicalType.STRING);
        assertThat(engine.validate(t, List.of("?", "1", "2")).conforming()).isEqualTo(2);
    }

    @Test
    void nameHintsBreakTiesOnly() {
        assertThat(engine.infer("order_date", "20240115", "20231231").type()).isEqualTo(LogicalType.DATE);
        assertThat(engine.infer("invoice_id", "20240115", "20231231").type()).isEqualTo(LogicalType.INTEGER);
        assertThat(engine.infer("is_active", "1", "0", "1").type()).isEqualTo(LogicalType.BOOLEAN);
        assertThat(engine.infer("count", "1", "0", "1").type()).isEqualTo(LogicalType.INTEGER);
        assertThat(engine.infer("zip", "10001", "90210").semantic()).isEqualTo(Semantic.IDENTIFIER);
        assertThat(engine.infer("order_date", "hello", "world", "again").type()).as("a hint never overrides the data").isEqualTo(LogicalType.STRING);
    }

    @Test
    void learnedCorrectionAppliesToSimilarColumnsAndIsPersisted() {
        InMemoryCorrectionStore store = new InMemoryCorrectionStore();
        TypeInference a = TypeInference.builder().correctionStore(store).build();
        InferredType wrong = a.infer("sales_2023_code", "1001", "1002", "1003");
        assertThat(wrong.type()).isEqualTo(LogicalType.INTEGER);
        a.learn(TypeCorrection.of(wrong, LogicalType.STRING, TypeFormat.NONE, Semantic.IDENTIFIER));
        assertThat(store.load()).hasSize(1);
        TypeInference b = TypeInference.builder().correctionStore(store).build();
        InferredType similar = b.infer("Sales 2024 Code", "2001", "2002", "2003");
        assertThat(similar.type()).isEqualTo(LogicalType.STRING);
        assertThat(similar.semantic()).isEqualTo(Semantic.IDENTIFIER);
        assertThat(similar.reason()).contains("learned correction");
        assertThat(b.infer("sales_2024_code", "a-1", "b-2").reason()).as("other value shape").doesNotContain("learned");
        assertThat(b.infer("price", "2001", "2002").type()).as("other name").isEqualTo(LogicalType.INTEGER);
        assertThatThrownBy(() -> a.learn(new TypeCorrection("x", "*", LogicalType.DATE, 0, 0, TypeFormat.NONE, Semantic.NONE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DATE needs a temporal pattern");
    }

    @Test
    void cacheCountsHitsForEqualValues() {
        TypeInference e = TypeInference.create();
        e.infer("a", "1", "2");
        e.infer("b", "1", "2");
        e.infer("c", "1", "3");
        assertThat(e.cacheStats().hits()).isEqualTo(1);
        assertThat(e.cacheStats().misses()).isEqualTo(2);
        assertThat(e.cacheStats().hitRate()).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(e.infer("year", "2001", "2002").semantic()).as("name-dependent part is decided after the cache")
                .isEqualTo(e.infer("year", "2001", "2002").semantic());
    }

    @Test
    void samplingKeepsHeadAndReservoirAndSaysSo() {
        TypeInference e = TypeInference.builder().headSize(10).sampleSize(100).build();
        ColumnInference c = e.start("n");
        for (int i = 0; i < 10_000; i++) {
            c.accept(String.valueOf(i));
        }
        InferredType t = c.result();
        assertThat(t.type()).isEqualTo(LogicalType.INTEGER);
        assertThat(t.sample().offered()).isEqualTo(10_000);
        assertThat(t.sample().examined()).isEqualTo(100);
        assertThat(t.sample().head()).isEqualTo(10);
        assertThat(t.sample().reservoir()).isEqualTo(90);
        assertThat(t.sample().complete()).isFalse();
        long[] pos = c.sampledPositions();
        assertThat(pos).hasSize(100);
        assertThat(java.util.Arrays.copyOf(pos, 10)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(java.util.Arrays.stream(pos).skip(10).filter(p -> p >= 5_000).count()).as("reservoir reaches the tail").isGreaterThan(20);
        assertThat(e.infer("n", IntStream.range(0, 10_000).mapToObj(String::valueOf).collect(Collectors.toList())).sample().examined()).isEqualTo(100);
    }

    @Test
    void revalidationWithFullColumnCountsCanDemoteToString() {
        InferredType sampled = engine.infer("n", "1", "2", "3");
        InferredType ok = engine.revalidate(sampled, 5, 1000, 995, List.of("x"));
        assertThat(ok.type()).isEqualTo(LogicalType.INTEGER);
        assertThat(ok.confidence()).isEqualTo(0.995);
        assertThat(ok.nonConformingExamples()).containsExactly("x");
        InferredType demoted = engine.revalidate(sampled, 0, 1000, 800, List.of("x", "y"));
        assertThat(demoted.type()).isEqualTo(LogicalType.STRING);
        assertThat(demoted.reason()).contains("full-column validation").contains("800 of 1000");
        assertThatThrownBy(() -> engine.revalidate(sampled, 0, 10, 11, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column n");
        InferredType jvm = engine.validate(sampled, List.of("1", "2", "x", "", "4"));
        assertThat(jvm.nulls()).isEqualTo(1);
        assertThat(jvm.nonNull()).isEqualTo(4);
        assertThat(jvm.type()).isEqualTo(LogicalType.STRING);
        assertThat(jvm.reason()).contains("only 3 of 4 non-null values");
    }

    @Test
    void tableInferenceAndJson() {
        TableInference t = engine.startTable(List.of("id", "when", "note \"q\""));
        t.accept(new String[] {"1", "2024-01-01", "hello"});
        t.accept(new String[] {"2", "2024-01-02"});
        List<InferredType> r = t.results();
        assertThat(r).extracting(InferredType::type).containsExactly(LogicalType.INTEGER, LogicalType.DATE, LogicalType.STRING);
        assertThat(r.get(2).nulls()).isEqualTo(1);
        String json = InferenceJson.render(r);
        assertThat(json).startsWith("{\"columns\":[{\"name\":\"id\",\"type\":\"INTEGER\",\"format\":\"decimal='.'\",\"semantic\":\"identifier\"")
                .contains("\"name\":\"note \\\"q\\\"\"").contains("\"format\":\"yyyy-MM-dd\"").contains("\"non_null\":2,\"conforming\":2");
    }

    @Test
    void emptyColumnIsStringWithZeroConfidence() {
        InferredType t = engine.infer("e", "", "NULL", null);
        assertThat(t.type()).isEqualTo(LogicalType.STRING);
        assertThat(t.confidence()).isZero();
        assertThat(t.nulls()).isEqualTo(3);
    }

    @Test
    void builderRejectsBadValuesNamingThem() {
        assertThatThrownBy(() -> TypeInference.builder().threshold(1.5)).isInstanceOf(ConfigurationException.class).hasMessageContaining("1.5");
        assertThatThrownBy(() -> TypeInference.builder().sampleSize(0)).isInstanceOf(ConfigurationException.class).hasMessageContaining("sampleSize");
        assertThatThrownBy(() -> TypeInference.builder().headSize(50).sampleSize(10).build()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("headSize 50 exceeds sampleSize 10");
    }
}
