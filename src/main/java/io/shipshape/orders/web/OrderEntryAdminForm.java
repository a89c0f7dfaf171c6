package io.shipshape.orders.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The manual order entry form ({@code /admin/orders/new}) as posted: channel PHONE or POS (with its store), the
 * customer, the shipping address (PHONE), lines as parallel {@code sku} / {@code quantity} fields (one pair per
 * table row, blank rows ignored), and optional shipping price, discount (amounts such as {@code 5.00}) and notes.
 */
record OrderEntryAdminForm(String channel, String locationCode, String externalId,
                           String email, String name, String phone,
                           String shipName, String line1, String line2, String city, String region, String postalCode,
                           String country,
                           List<String> sku, List<String> quantity, String shipping, String discount, String notes) {

    /** One row of the lines table as entered. */
    record Row(String sku, String quantity) {
    }

    static OrderEntryAdminForm blank() {
        return new OrderEntryAdminForm("PHONE", null, null, null, null, null, null, null, null, null, null, null,
                null, List.of(), List.of(), null, null, null);
    }

    public boolean pos() {
        return "POS".equals(channel);
    }

    /** The rows with a SKU, trimmed, in table order. */
    List<Row> lines() {
        List<Row> rows = new ArrayList<>();
        List<String> skus = sku == null ? List.of() : sku;
        for (int i = 0; i < skus.size(); i++) {
            String s = skus.get(i) == null ? "" : skus.get(i).strip();
            if (!s.isEmpty()) {
                String q = quantity != null && i < quantity.size() && quantity.get(i) != null ? quantity.get(i).strip() : "";
                rows.add(new Row(s, q));
            }
        }
        return rows;
    }

    boolean addressBlank() {
        return blank(shipName) && blank(line1) && blank(line2) && blank(city) && blank(region) && blank(postalCode)
                && blank(country);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trimToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
