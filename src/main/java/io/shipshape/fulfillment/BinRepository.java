package io.shipshape.fulfillment;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.shipshape.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for bins: where a SKU sits in a location. */
@Repository
class BinRepository {

    private final JdbcClient jdbc;

    BinRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets (or, with a null bin, clears) the bin of a SKU at a location. */
    void set(String sku, String location, String bin, Instant now) {
        jdbc.sql("DELETE FROM fulfillment_bins WHERE sku = :sku AND location_code = :loc").param("sku", sku)
                .param("loc", location).update();
        if (bin != null) {
            jdbc.sql("INSERT INTO fulfillment_bins (sku, location_code, bin, updated_at) VALUES (:sku, :loc, :bin, :now)")
                    .param("sku", sku).param("loc", location).param("bin", bin).param("now", Times.db(now)).update();
        }
    }

    Map<String, String> binsAt(String location, Collection<String> skus) {
        Map<String, String> bins = new HashMap<>();
        if (!skus.isEmpty()) {
            jdbc.sql("SELECT sku, bin FROM fulfillment_bins WHERE location_code = :loc AND sku IN (:skus)")
                    .param("loc", location).param("skus", skus)
                    .query(rs -> {
                        bins.put(rs.getString("sku"), rs.getString("bin"));
                    });
        }
        return bins;
    }
}
