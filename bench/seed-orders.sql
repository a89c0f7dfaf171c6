-- Seeds a PostgreSQL Shipshape database with :orders synthetic orders (default run: 1,000,000) for the
-- order-list benchmark: 2 years of history, 100,000 customers, 1-3 lines each over 5,000 SKUs, all channels
-- and statuses. Straight SQL for speed; it writes only the orders module's tables (no stock is touched).
-- psql -v orders=1000000 -f bench/seed-orders.sql <database>
\set ON_ERROR_STOP on
SET synchronous_commit = off;
CREATE TEMP TABLE bench_names (i int, first text, last text);
INSERT INTO bench_names
SELECT g, (ARRAY['Ann','Ben','Cara','Dev','Eli','Fay','Gus','Hana','Ivan','Jo','Kai','Lena','Mo','Nia','Omar','Pia',
                 'Quinn','Rosa','Sam','Tess','Uma','Vic','Wes','Xia','Yuri','Zoe'])[1 + g % 26],
          (ARRAY['Lee','Park','Smith','Garcia','Müller','Rossi','Khan','Novak','Silva','Dubois','Jensen','Okafor',
                 'Tanaka','Cohen','Moreau','Berg','Walsh','Ivanova','Costa','Nguyen'])[1 + (g / 26) % 20]
FROM generate_series(0, 99999) g;

INSERT INTO orders (id, number, channel, external_id, customer_id, customer_email, customer_name, status,
                    payment_status, fulfillment_status, currency, subtotal_minor, discount_minor, shipping_minor,
                    tax_minor, total_minor, ship_line1, ship_city, ship_postal_code, ship_country, tracking_token,
                    created_by, created_at, updated_at, version)
SELECT md5('o' || g)::uuid,
       'BX-' || (5000000 + g),
       (ARRAY['WEB','WEB','WEB','MARKETPLACE','PHONE','API','POS'])[1 + g % 7],
       CASE WHEN g % 7 = 3 THEN 'AMZ-' || g ELSE NULL END,
       md5('c' || (g % 100000))::uuid,
       lower(n.first || '.' || n.last || (g % 100000)) || '@example.com',
       n.first || ' ' || n.last,
       (ARRAY['PENDING','CONFIRMED','IN_FULFILLMENT','SHIPPED','DELIVERED','COMPLETED','COMPLETED','COMPLETED',
              'CANCELLED','ON_HOLD'])[1 + (g / 7) % 10],
       'CAPTURED', 'FULFILLED', 'USD', 2000 + (g % 50) * 100, 0, 595, 0, 2595 + (g % 50) * 100,
       '1 Main St', 'Boston', '02101', 'US', 'bench' || g, 'bench',
       now() - ((:orders - g) * interval '63 seconds'), now() - ((:orders - g) * interval '63 seconds'), 0
FROM generate_series(1, :orders) g JOIN bench_names n ON n.i = g % 100000;

INSERT INTO order_lines (order_id, line_no, sku, name, quantity, unit_price_minor, line_total_minor, backordered_quantity)
SELECT md5('o' || g)::uuid, l, 'BENCH-' || ((g * 7 + l * 13) % 5000), 'Bench product', 1, 1000, 1000, 0
FROM generate_series(1, :orders) g, generate_series(1, 3) l
WHERE l <= 1 + g % 3;
ANALYZE orders;
ANALYZE order_lines;
