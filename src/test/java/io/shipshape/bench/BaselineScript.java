package io.shipshape.bench;

import java.util.UUID;

/**
 * The pgbench script of the bare-SQL baseline: the work of one captured order, one order per transaction, as
 * directly as SQL allows, against Shipshape's own schema. Per order: 1-5 lines (hot: the hot SKU plus 0-4
 * random ones) of distinct random SKUs, quantity 1-3 (hot line 1), all reserved at L1 as capture's
 * single-location rule would; then
 * <ol>
 * <li>the Idempotency-Key row with a stored response of realistic size (Shipshape claims it in its own
 *     transaction and completes it in the order's; here one insert),</li>
 * <li>the customer found or created ({@code INSERT ... ON CONFLICT DO NOTHING}),</li>
 * <li>per line, in SKU order (as capture does, so concurrent orders cannot deadlock), the conditional update
 *     {@code reserved = reserved + q WHERE on_hand - reserved - safety_stock >= q}, counting the rows it
 *     changed; a line that could not be reserved rolls the whole order back,</li>
 * <li>one statement (data-modifying CTEs) writing the order with its number from {@code order_number_seq}, its
 *     lines, allocations, reservations, RESERVATION movements, timeline rows (ORDER_PLACED and one per
 *     allocation) and one {@code event_publication} row for OrderPlaced,</li>
 * <li>COMMIT (with the server's synchronous_commit).</li>
 * </ol>
 * It leaves out what is not SQL: JSON, validation, pricing lookups and the reads capture makes first.
 * pgbench has no loops, so the lines are five fixed slots: unused slots get values above every SKU number and
 * a sorting network over the five (least/greatest) puts the used ones first in ascending order.
 */
final class BaselineScript {

    private static final int[][] SORT5 = {{1, 2}, {4, 5}, {3, 5}, {3, 4}, {1, 4}, {1, 3}, {2, 5}, {2, 4}, {2, 3}};

    private static final String BEGIN = """
            BEGIN;
            INSERT INTO idempotency_keys (api_key_id, idem_key, fingerprint, state, claim_token, locked_until,
                created_at, completed_at, response_status, response_content_type, response_body)
            VALUES ('00000000-0000-0000-0000-000000000001', gen_random_uuid()::text, repeat('f', 64), 'COMPLETE',
                gen_random_uuid(), now(), now(), now(), 201, 'application/json', repeat('x', 1500));
            INSERT INTO customers (id, email, name, blocked, created_at, updated_at)
            VALUES (gen_random_uuid(), 'buyer' || :cust || '@example.com', 'Bench Buyer', FALSE, now(), now())
            ON CONFLICT DO NOTHING;
            """;

    private static final String RESERVE = "WITH u AS (UPDATE stock_levels SET reserved = reserved + {Q}, updated_at"
            + " = now() WHERE sku = {SKU} AND location_id = {LOC} AND on_hand - reserved - safety_stock >= {Q}"
            + " RETURNING 1) SELECT count(*) AS {OK} FROM u \\gset\n";

    private static final String WRITE = """
            WITH v AS (SELECT * FROM (VALUES {VALUES}) x(n, sku, q) WHERE {USED}),
            o AS (INSERT INTO orders (id, number, channel, external_id, customer_id, customer_email, customer_name,
                    status, payment_status, fulfillment_status, currency, subtotal_minor, discount_minor,
                    shipping_minor, tax_minor, total_minor, shipping_method, ship_name, ship_line1, ship_city,
                    ship_postal_code, ship_country, payment_method, payment_token, tracking_token, created_by,
                    created_at, updated_at, version)
                SELECT gen_random_uuid(), 'SO-' || nextval('order_number_seq'), 'WEB', gen_random_uuid()::text,
                    c.id, c.email, c.name, 'PENDING', 'PENDING', 'UNFULFILLED', 'USD', t.sub, 0, 595, 0, t.sub + 595,
                    'standard', c.name, '1 Main St', 'Boston', '02101', 'US', 'test_card', 'tok_ok',
                    md5(random()::text), 'bench', now(), now(), 0
                FROM customers c, (SELECT SUM({PRICE} * q) AS sub FROM v) t
                WHERE c.email = 'buyer' || :cust || '@example.com' RETURNING id),
            l AS (INSERT INTO order_lines (order_id, line_no, sku, name, quantity, unit_price_minor, line_total_minor,
                    backordered_quantity)
                SELECT o.id, v.n, v.sku, 'Bench ' || v.sku, v.q, {PRICE}, {PRICE} * v.q, 0 FROM o, v),
            a AS (INSERT INTO order_allocations (order_id, line_no, location_code, quantity, rule)
                SELECT o.id, v.n, '{LOCATION_CODE}', v.q, 'single-location-by-priority' FROM o, v),
            r AS (INSERT INTO reservations (id, reference, line_no, sku, location_id, quantity, status, created_at)
                SELECT gen_random_uuid(), o.id::text, v.n, v.sku, {LOC}, v.q, 'ACTIVE', now() FROM o, v),
            m AS (INSERT INTO stock_movements (id, sku, location_id, type, quantity, reason, reference, actor,
                    created_at)
                SELECT gen_random_uuid(), v.sku, {LOC}, 'RESERVATION', v.q, 'reserved by single-location-by-priority',
                    o.id::text, 'bench', now() FROM o, v),
            t AS (INSERT INTO order_timeline (id, order_id, at, type, message, actor)
                SELECT gen_random_uuid(), o.id, now(), 'STOCK_RESERVED', 'Reserved ' || v.q || ' x ' || v.sku,
                    'system' FROM o, v
                UNION ALL SELECT gen_random_uuid(), o.id, now(), 'ORDER_PLACED', 'Order captured via WEB', 'bench'
                FROM o),
            e AS (INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date)
                SELECT gen_random_uuid(), 'bench.listener', 'OrderPlaced', '{"orderId":"' || o.id || '"}', now()
                FROM o)
            SELECT 1;
            """;

    private BaselineScript() {
    }

    static String of(BenchData data, UUID locationId, boolean hot) {
        String loc = "'" + locationId + "'";
        String sku = "'" + data.prefix() + "' || :a";
        StringBuilder s = new StringBuilder("-- Shipshape bare-SQL baseline (" + (hot ? "hot" : "uniform")
                + "): one order per transaction; generated by io.shipshape.bench.BaselineScript\n");
        s.append("\\set nlines random(1, 5)\n\\set m :nlines").append(hot ? " - 1" : "").append('\n');
        s.append("\\set cust random(0, ").append(BenchData.CUSTOMERS - 1).append(")\n");
        for (int k = 1; k <= 5; k++) {
            s.append("\\set q").append(k).append(" random(1, 3)\n\\set a").append(k).append(" random(0, ")
                    .append(data.skus() - 1).append(")\n\\set ok").append(k).append(" 1\n");
            s.append("\\if :m < ").append(k).append("\n\\set a").append(k).append(' ').append(data.skus() + k)
                    .append("\n\\endif\n");
        }
        for (int[] c : SORT5) {
            s.append("\\set t least(:a").append(c[0]).append(", :a").append(c[1]).append(")\n\\set a").append(c[1])
                    .append(" greatest(:a").append(c[0]).append(", :a").append(c[1]).append(")\n\\set a").append(c[0])
                    .append(" :t\n");
        }
        s.append("\\set okh 1\n").append(BEGIN);
        StringBuilder values = new StringBuilder();
        for (int k = 1; k <= 5; k++) {
            s.append("\\if :m >= ").append(k).append('\n').append(reserve(sku + k, ":q" + k, loc, "ok" + k))
                    .append("\\endif\n");
            values.append(k == 1 ? "" : ", ").append("(").append(k).append(", ").append(sku).append(k)
                    .append(", :q").append(k).append("::int)");
        }
        if (hot) {
            s.append(reserve("'" + data.hotSku() + "'", "1", loc, "okh"));
            values.append(", (6, '").append(data.hotSku()).append("', 1)");
        }
        s.append("\\if :ok1 + :ok2 + :ok3 + :ok4 + :ok5 + :okh = 6\n");
        s.append(WRITE.replace("{VALUES}", values).replace("{USED}", hot ? "n <= :m OR n = 6" : "n <= :m")
                .replace("{PRICE}", String.valueOf(BenchData.PRICE)).replace("{LOCATION_CODE}", data.location(1))
                .replace("{LOC}", loc));
        s.append("COMMIT;\n\\else\nROLLBACK;\n\\endif\n");
        return s.toString();
    }

    private static String reserve(String sku, String quantity, String loc, String okVar) {
        return RESERVE.replace("{Q}", quantity).replace("{SKU}", sku).replace("{LOC}", loc).replace("{OK}", okVar);
    }
}
