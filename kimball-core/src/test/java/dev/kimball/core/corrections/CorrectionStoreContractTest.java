package dev.kimball.core.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.InferredType;
import dev.kimball.api.KimballSession;
import dev.kimball.api.LogicalType;
import dev.kimball.api.Semantic;
import dev.kimball.api.TypeCorrection;
import dev.kimball.api.TypeFormat;
import dev.kimball.api.WarehouseException;
import dev.kimball.core.TestingSessions;
import dev.kimball.core.metadata.MetadataStore;
import dev.kimball.core.metadata.MetadataTables;
import dev.kimball.inference.TypeInference;
import dev.kimball.spi.Warehouse;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link WarehouseCorrectionStore} must do on every warehouse: corrections survive the session that learned
 * them, a later session's engine applies them to similar columns only, and a deleted one is no longer applied.
 * Subclasses give each test a fresh warehouse that can be opened again by a new session.
 */
public abstract class CorrectionStoreContractTest {
    /** Day and month both at most 12: the data cannot tell the order, so the engine picks month-first by default. */
    private static final List<String> AMBIGUOUS = List.of("01/02/2024", "03/04/2024", "05/06/2023", "07/08/2023",
            "09/10/2022", "11/12/2022", "02/01/2024", "04/03/2021");
    private static final TypeFormat DAY_FIRST = TypeFormat.temporal("dd/MM/yyyy");
    private static final TypeFormat MONTH_FIRST = TypeFormat.temporal("MM/dd/yyyy");

    private String url;
    private boolean used;

    /** A new, empty warehouse's URL; {@link #open} must reach the same warehouse every time. */
    protected abstract String freshWarehouseUrl();

    /** Opens a new session on the warehouse at this URL. */
    protected abstract KimballSession open(String url);

    /** Removes what a test left on the warehouse (nothing for a temporary file). */
    protected void dropWarehouse(Warehouse warehouse) {
    }

    @BeforeEach
    void freshWarehouse() {
        url = freshWarehouseUrl();
        used = false;
    }

    @AfterEach
    void drop() {
        if (used) {
            try (KimballSession s = open(url)) {
                dropWarehouse(TestingSessions.warehouse(s));
            }
        }
    }

    /** Runs {@code work} in a new session on the test's warehouse, closing the session afterwards. */
    private <T> T inSession(Function<Warehouse, T> work) {
        used = true;
        try (KimballSession s = open(url)) {
            return work.apply(TestingSessions.warehouse(s));
        }
    }

    private static TypeInference engine(Warehouse w) {
        return TypeInference.builder().correctionStore(new WarehouseCorrectionStore(w)).build();
    }

    @Test
    void correctionLearnedInOneSessionIsAppliedBySimilarColumnsInALaterSession() {
        InferredType before = inSession(w -> {
            TypeInference engine = engine(w);
            InferredType t = engine.infer("Order Date", AMBIGUOUS);
            engine.learn(TypeCorrection.of(t, LogicalType.DATE, DAY_FIRST, Semantic.NONE));
            return t;
        });
        assertThat(before.type()).isEqualTo(LogicalType.DATE);
        assertThat(before.format()).isEqualTo(MONTH_FIRST);
        assertThat(before.ambiguous()).isTrue();

        inSession(w -> {
            TypeInference engine = engine(w);
            assertThat(engine.corrections()).hasSize(1);
            // same normalized name (order_date), same value shape, different values
            InferredType similar = engine.infer("OrderDate", List.of("12/11/2020", "10/09/2019", "08/07/2018", "06/05/2017"));
            assertThat(similar.type()).isEqualTo(LogicalType.DATE);
            assertThat(similar.format()).isEqualTo(DAY_FIRST);
            assertThat(similar.reason()).contains("learned correction");
            assertThat(similar.confidence()).isEqualTo(1.0);

            InferredType otherName = engine.infer("birthday", AMBIGUOUS);
            assertThat(otherName.format()).isEqualTo(MONTH_FIRST);
            assertThat(otherName.reason()).doesNotContain("learned correction");

            InferredType otherShape = engine.infer("order_date", List.of("2024-01-02", "2023-05-06", "2022-11-12"));
            assertThat(otherShape.format()).isEqualTo(TypeFormat.temporal("yyyy-MM-dd"));
            assertThat(otherShape.reason()).doesNotContain("learned correction");
            return null;
        });
    }

    @Test
    void deletedCorrectionIsNoLongerApplied() {
        TypeCorrection c = inSession(w -> {
            TypeInference engine = engine(w);
            TypeCorrection learned = TypeCorrection.of(engine.infer("order_date", AMBIGUOUS), LogicalType.DATE, DAY_FIRST, Semantic.NONE);
            engine.learn(learned);
            return learned;
        });
        inSession(w -> {
            assertThat(engine(w).infer("order_date", AMBIGUOUS).format()).isEqualTo(DAY_FIRST);
            new WarehouseCorrectionStore(w).delete(c);
            return null;
        });
        inSession(w -> {
            assertThat(new WarehouseCorrectionStore(w).load()).isEmpty();
            InferredType t = engine(w).infer("order_date", AMBIGUOUS);
            assertThat(t.format()).isEqualTo(MONTH_FIRST);
            assertThat(t.reason()).doesNotContain("learned correction");
            return null;
        });
    }

    @Test
    void everyFormatFieldRoundTripsOldestFirst() {
        List<TypeCorrection> saved = List.of(
                new TypeCorrection("amount*", "$9,9.9", LogicalType.DECIMAL, 12, 2,
                        TypeFormat.number(',', '.').withCurrency("€", TypeFormat.Position.SUFFIX).withAccountingNegatives(true),
                        Semantic.CURRENCY),
                new TypeCorrection("rate", "9.9%", LogicalType.DECIMAL, 7, 5,
                        TypeFormat.number('.', '\0').withPercent(TypeFormat.PercentScale.POINTS), Semantic.PERCENTAGE),
                new TypeCorrection("created_*", "9", LogicalType.TIMESTAMP, 0, 0, TypeFormat.unix(TypeFormat.UnixUnit.MILLIS),
                        Semantic.UNIX_MILLIS),
                new TypeCorrection("is_*", "a", LogicalType.BOOLEAN, 0, 0, TypeFormat.bool("ja", "nein"), Semantic.NONE),
                new TypeCorrection("zip", "9", LogicalType.STRING, 0, 0, TypeFormat.NONE, Semantic.IDENTIFIER),
                new TypeCorrection("measure", "*", LogicalType.FLOAT, 0, 0, TypeFormat.number('.', ' ').withExponent(true),
                        Semantic.SCIENTIFIC),
                new TypeCorrection("o'brien \"q\"; drop", "9:9", LogicalType.TIME, 0, 0, TypeFormat.temporal("HH:mm[:ss]"),
                        Semantic.NONE));
        inSession(w -> {
            WarehouseCorrectionStore store = new WarehouseCorrectionStore(w);
            saved.forEach(store::save);
            return null;
        });
        List<TypeCorrection> loaded = inSession(w -> new WarehouseCorrectionStore(w).load());
        assertThat(loaded).containsExactlyElementsOf(saved);
    }

    @Test
    void aLaterCorrectionForTheSameColumnsReplacesTheEarlierOne() {
        TypeCorrection first = new TypeCorrection("order_date", "9/9/9", LogicalType.DATE, 0, 0, DAY_FIRST, Semantic.NONE);
        TypeCorrection second = new TypeCorrection("order_date", "9/9/9", LogicalType.STRING, 0, 0, TypeFormat.NONE, Semantic.NONE);
        TypeCorrection other = new TypeCorrection("ship_date", "9/9/9", LogicalType.DATE, 0, 0, DAY_FIRST, Semantic.NONE);
        inSession(w -> {
            WarehouseCorrectionStore store = new WarehouseCorrectionStore(w);
            store.save(first);
            store.save(other);
            store.save(second);
            return null;
        });
        List<TypeCorrection> loaded = inSession(w -> new WarehouseCorrectionStore(w).load());
        assertThat(loaded).containsExactly(other, second);
    }

    @Test
    void aRowThatDescribesNoCorrectionFailsNamingTheRow() {
        inSession(w -> {
            Object[] row = CorrectionRows.toRow(new TypeCorrection("price", "9.9", LogicalType.DECIMAL, 10, 2,
                    TypeFormat.number('.', '\0'), Semantic.NONE), Instant.now());
            row[2] = "MONEY"; // the type column, as a newer or hand-edited writer might leave it
            new MetadataStore(w).upsert(MetadataTables.CORRECTIONS, List.<Object[]>of(row));
            return null;
        });
        assertThatThrownBy(() -> inSession(w -> engine(w)))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("name_pattern='price'").hasMessageContaining("type 'MONEY'")
                .hasMessageContaining("fix or delete that row")
                .satisfies(e -> assertThat(((WarehouseException) e).code()).isEqualTo("CORRECTION_INVALID"));
    }
}
