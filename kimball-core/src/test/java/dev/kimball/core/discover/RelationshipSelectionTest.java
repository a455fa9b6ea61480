package dev.kimball.core.discover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.TableRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationshipSelectionTest {
    @Test
    void eachChildColumnReferencesOneParentTheBestSupported() {
        var toCustomers = scored("orders", "customer_id", "customers", "customer_id", 0.9, false, 1.0);
        var toStores = scored("orders", "customer_id", "stores", "store_id", 0.6, false, 0.0);
        var other = scored("orders", "store_id", "stores", "store_id", 0.8, false, 1.0);
        assertThat(RelationshipSelection.select(List.of(toStores, toCustomers, other)))
                .containsExactly(toCustomers.relationship(), other.relationship());
    }

    @Test
    void aDeclaredForeignKeyWinsOverABetterGuess() {
        var guess = scored("orders", "client", "customers", "customer_id", 0.95, false, 0.6);
        var declared = scored("orders", "client", "clients", "client_no", 0.7, true, 0.0);
        assertThat(RelationshipSelection.select(List.of(guess, declared))).containsExactly(declared.relationship());
    }

    @Test
    void reciprocalOneToOneKeepsOneDirection() {
        var toEntity = new RelationshipSelection.Scored(relationship("shipments", "order_id", "orders", "order_id", 0.9, false),
                1, 0, 1000, true);
        var back = new RelationshipSelection.Scored(relationship("orders", "order_id", "shipments", "order_id", 0.9, false),
                1, 1, 800, false);
        assertThat(RelationshipSelection.select(List.of(back, toEntity))).containsExactly(toEntity.relationship());
    }

    /** Regression (the demo): customers.city joined dealers.city, a unique column of a 20-row table but no key to join on. */
    @Test
    void anAlternateKeyIsJoinedOnlyWhenItIsAnIdentifierAndThePrimaryKeyIsNotUsed() {
        var city = new RelationshipSelection.Scored(relationship("customers", "city", "dealers", "city", 0.89, false), 1, 1, 20, false);
        var byId = new RelationshipSelection.Scored(relationship("daily_sales", "dealer_id", "dealers", "dealer_id", 0.89, false), 1, 0, 20, true);
        var byName = new RelationshipSelection.Scored(relationship("daily_sales", "dealer_name", "dealers", "dealer_code", 0.89, false), 1, 1,
                20, false);
        var byEmail = new RelationshipSelection.Scored(relationship("logins", "user_code", "users", "user_code", 0.9, false), 1, 1, 50, false);
        var declared = new RelationshipSelection.Scored(relationship("visits", "town", "dealers", "city", 0.8, true), 1, 1, 20, false);
        assertThat(RelationshipSelection.select(List.of(city, byId, byName, byEmail, declared)))
                .containsExactly(byId.relationship(), byEmail.relationship(), declared.relationship());
    }

    private static RelationshipSelection.Scored scored(String from, String fromColumn, String to, String toColumn,
                                                       double confidence, boolean declared, double nameScore) {
        return new RelationshipSelection.Scored(relationship(from, fromColumn, to, toColumn, confidence, declared),
                nameScore, 0, 100, false);
    }

    private static Relationship relationship(String from, String fromColumn, String to, String toColumn, double confidence,
                                             boolean declared) {
        return new Relationship(TableRef.bronze(from), List.of(fromColumn), TableRef.bronze(to), List.of(toColumn),
                Cardinality.MANY_TO_ONE, 1, confidence, declared, "test");
    }
}
