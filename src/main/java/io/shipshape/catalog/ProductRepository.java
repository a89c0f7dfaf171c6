package io.shipshape.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.shared.Money;
import io.shipshape.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of the catalog: the {@code products} table. Rows map straight to {@link ProductView}. */
@Repository
class ProductRepository {

    private static final String COLUMNS = "id, sku, name, price_amount_minor, price_currency, weight_grams, barcode, "
            + "backorderable, active, created_at, updated_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM products";

    private final JdbcClient jdbc;

    ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the product unless its SKU exists (also when a concurrent insert of the same SKU commits first):
     * one statement that never fails the transaction. {@code ON CONFLICT} has no target because H2's
     * PostgreSQL mode does not accept one; the id is fresh, so the only possible conflict is the SKU.
     */
    boolean insertIfAbsent(ProductView p) {
        return jdbc.sql("INSERT INTO products (" + COLUMNS + ") VALUES (:id, :sku, :name, :amount, :currency, "
                        + ":weight, :barcode, :backorderable, :active, :createdAt, :updatedAt) ON CONFLICT DO NOTHING")
                .param("id", p.id().value()).param("sku", p.sku()).param("name", p.name())
                .param("amount", p.price().amountMinor()).param("currency", p.price().currencyCode())
                .param("weight", p.weightGrams()).param("barcode", p.barcode())
                .param("backorderable", p.backorderable()).param("active", p.active())
                .param("createdAt", Times.db(p.createdAt())).param("updatedAt", Times.db(p.updatedAt()))
                .update() == 1;
    }

    void update(ProductView p) {
        jdbc.sql("""
                UPDATE products SET name = :name, price_amount_minor = :amount, price_currency = :currency,
                       weight_grams = :weight, barcode = :barcode, backorderable = :backorderable, active = :active,
                       updated_at = :updatedAt
                 WHERE id = :id""")
                .param("id", p.id().value()).param("name", p.name())
                .param("amount", p.price().amountMinor()).param("currency", p.price().currencyCode())
                .param("weight", p.weightGrams()).param("barcode", p.barcode())
                .param("backorderable", p.backorderable()).param("active", p.active())
                .param("updatedAt", Times.db(p.updatedAt()))
                .update();
    }

    Optional<ProductView> findBySku(String sku) {
        return jdbc.sql(SELECT + " WHERE sku = :sku").param("sku", sku).query(ProductRepository::map).optional();
    }

    /** The product, locked until the transaction ends so concurrent PATCHes do not lose each other's fields. */
    Optional<ProductView> findBySkuForUpdate(String sku) {
        return jdbc.sql(SELECT + " WHERE sku = :sku FOR UPDATE").param("sku", sku)
                .query(ProductRepository::map).optional();
    }

    /** Hot path (order capture): every product of these SKUs in one round trip. */
    List<ProductView> findBySkus(Collection<String> skus) {
        return jdbc.sql(SELECT + " WHERE sku IN (:skus)").param("skus", skus).query(ProductRepository::map).list();
    }

    /**
     * One page in SKU order after {@code afterSku}; with a {@code term} (lower-case), only SKUs starting with it
     * or names containing it. The SKU index gives the order, so the scan stops after {@code limit} matches.
     */
    List<ProductView> search(String term, String afterSku, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        if (afterSku != null) {
            sql.append(" AND sku > :after");
        }
        if (term != null) {
            sql.append(" AND (LOWER(sku) LIKE :prefix ESCAPE '\\' OR LOWER(name) LIKE :contains ESCAPE '\\')");
        }
        var statement = jdbc.sql(sql.append(" ORDER BY sku LIMIT :limit").toString()).param("limit", limit);
        if (afterSku != null) {
            statement = statement.param("after", afterSku);
        }
        if (term != null) {
            String escaped = escapeLike(term);
            statement = statement.param("prefix", escaped + "%").param("contains", "%" + escaped + "%");
        }
        return statement.query(ProductRepository::map).list();
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ProductView map(ResultSet rs, int row) throws SQLException {
        return new ProductView(new ProductId(rs.getObject("id", UUID.class)), rs.getString("sku"),
                rs.getString("name"), Money.of(rs.getLong("price_amount_minor"), rs.getString("price_currency")),
                rs.getObject("weight_grams", Integer.class), rs.getString("barcode"), rs.getBoolean("backorderable"),
                rs.getBoolean("active"), Times.read(rs, "created_at"), Times.read(rs, "updated_at"));
    }
}
