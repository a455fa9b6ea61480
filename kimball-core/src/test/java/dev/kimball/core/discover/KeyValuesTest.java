package dev.kimball.core.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.TableRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation of the immutable key and relationship values. */
class KeyValuesTest {
    private static final TableRef T = TableRef.bronze("t");

    @Test
    void hintsAreImmutableAndRejectContradictions() {
        KeyHints hints = KeyHints.none().withPrimaryKey("orders", "order_id")
                .withForeignKey("orders", List.of("customer_id"), "customers", List.of("id"));
        assertThat(KeyHints.none().primaryKeys()).isEmpty();
        assertThat(hints.primaryKey("orders").orElseThrow().columns()).containsExactly("order_id");
        assertThat(hints.primaryKey("customers")).isEmpty();
        assertThat(hints.declares("orders", List.of("customer_id"), "customers", List.of("id"))).isTrue();
        assertThat(hints.declares("orders", List.of("customer_id"), "clients", List.of("id"))).isFalse();
        assertThatThrownBy(() -> hints.withPrimaryKey("orders", "other")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'orders' has more than one declared primary key");
        assertThatThrownBy(() -> hints.withPrimaryKey("lines", "a", "a")).hasMessageContaining("distinct columns");
        assertThatThrownBy(() -> hints.withForeignKey("a", List.of("x", "y"), "b", List.of("x")))
                .hasMessageContaining("same non-zero number of columns");
    }

    @Test
    void keysAndRelationshipsCheckTheirValues() {
        assertThat(new PrimaryKey(T, List.of("a", "b"), false, "r").composite()).isTrue();
        assertThatThrownBy(() -> new PrimaryKey(T, List.of(), true, "r")).hasMessageContaining("bronze.t");
        Relationship r = new Relationship(T, List.of("a"), TableRef.bronze("p"), List.of("id"), Cardinality.MANY_TO_ONE,
                0.97, 0.9, false, "r");
        assertThat(r.describe()).isEqualTo("t(a) -> p(id)");
        assertThat(r.cardinality().label()).isEqualTo("N:1");
        assertThatThrownBy(() -> new Relationship(T, List.of("a"), T, List.of("b"), Cardinality.ONE_TO_ONE, 1, 1.2, false, "r"))
                .hasMessageContaining("1.2");
        assertThatThrownBy(() -> new Relationship(T, List.of("a", "b"), T, List.of("c"), Cardinality.ONE_TO_ONE, 1, 1, false, "r"))
                .hasMessageContaining("same non-zero number of columns");
    }
}
