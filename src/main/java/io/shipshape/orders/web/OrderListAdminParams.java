package io.shipshape.orders.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.StringJoiner;

import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderFilter;
import io.shipshape.orders.OrderSort;
import io.shipshape.orders.OrderStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query string of the back office's order list ({@code /admin/orders}): search, filters, sort and cursor. Dates
 * are UTC days, both inclusive. Links (next page, first page, status tabs) are written back from it, so they keep
 * the filters.
 */
record OrderListAdminParams(String q, OrderStatus status, Channel channel,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo,
                            String sort, String cursor) {

    public OrderFilter filter() {
        return new OrderFilter(status, channel, null, null, q == null || q.isBlank() ? null : q.strip(),
                createdFrom == null ? null : createdFrom.atStartOfDay(ZoneOffset.UTC).toInstant(),
                createdTo == null ? null : createdTo.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public OrderSort order() {
        return oldestFirst() ? OrderSort.OLDEST : OrderSort.NEWEST;
    }

    public boolean oldestFirst() {
        return "oldest".equals(sort);
    }

    /** The list with these filters, at the page after {@code nextCursor} (null: the first page). */
    public String url(String nextCursor) {
        return url(status, nextCursor);
    }

    /** The first page with these filters but another status (null: every status). */
    public String withStatus(OrderStatus other) {
        return url(other, null);
    }

    private String url(OrderStatus withStatus, String withCursor) {
        StringJoiner query = new StringJoiner("&", "/admin/orders?", "").setEmptyValue("/admin/orders");
        add(query, "q", q == null || q.isBlank() ? null : q.strip());
        add(query, "status", withStatus == null ? null : withStatus.name());
        add(query, "channel", channel == null ? null : channel.name());
        add(query, "createdFrom", createdFrom == null ? null : createdFrom.toString());
        add(query, "createdTo", createdTo == null ? null : createdTo.toString());
        add(query, "sort", oldestFirst() ? "oldest" : null);
        add(query, "cursor", withCursor);
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
