package dev.kimball.core.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyNamesTest {
    @Test
    void similarityRanksHowStronglyANamePointsAtAParentKey() {
        assertThat(KeyNames.similarity("customer_id", "customers", "customer_id")).isEqualTo(1.0);
        assertThat(KeyNames.similarity("CustomerID", "customers", "customer_id")).isEqualTo(0.95);
        assertThat(KeyNames.similarity("cust_key", "clients", "cust_id")).isEqualTo(0.95);
        assertThat(KeyNames.similarity("customer_id", "dim_customers", "id")).isEqualTo(0.9);
        assertThat(KeyNames.similarity("category_id", "categories", "code")).isEqualTo(0.9);
        assertThat(KeyNames.similarity("order_date", "date_dim", "date_key")).isEqualTo(0.8);
        assertThat(KeyNames.similarity("ship_to_customer_id", "customers", "customer_id")).isEqualTo(0.8);
        assertThat(KeyNames.similarity("billing_customer_city", "customers", "customer_id")).isEqualTo(0.6);
        assertThat(KeyNames.similarity("store_region", "regions_of_sale", "code")).isLessThan(0.5).isPositive();
    }

    @Test
    void genericOrUnrelatedNamesSayNothing() {
        assertThat(KeyNames.similarity("id", "orders", "id")).isZero();
        assertThat(KeyNames.similarity("store_id", "customers", "customer_id")).isZero();
        assertThat(KeyNames.similarity("line_no", "customers", "customer_id")).isZero();
        assertThat(KeyNames.similarity("code", "products", "product_code")).isZero();
    }

    @Test
    void identifierAndMeasureNames() {
        assertThat(List.of("customer_id", "CustomerID", "product_code", "line_no", "order_key", "sku", "customerid"))
                .allMatch(KeyNames::identifierLike);
        assertThat(List.of("amount", "valid", "paid", "turkey", "order_date", "name")).noneMatch(KeyNames::identifierLike);
        assertThat(List.of("amount", "unit_price", "qty", "on_hand", "TotalSales", "rating_score")).allMatch(KeyNames::measureLike);
        assertThat(List.of("customer_id", "order_date", "count_id", "line_no", "city")).noneMatch(KeyNames::measureLike);
    }

    @Test
    void entitiesAreSingularWithoutRoleWords() {
        assertThat(KeyNames.core("CustomerID")).containsExactly("customer");
        assertThat(KeyNames.core("order_ids")).containsExactly("order");
        assertThat(KeyNames.core("id")).isEmpty();
        assertThat(KeyNames.entity("dim_customers")).containsExactly("customer");
        assertThat(KeyNames.entity("fact_order_lines")).containsExactly("order", "line");
        assertThat(List.of("categories", "addresses", "boxes", "status", "orders", "analysis", "bus"))
                .extracting(KeyNames::singular).containsExactly("category", "address", "box", "status", "order", "analysis", "bus");
    }
}
