package io.shipshape.orders.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.shipshape.shared.Money;
import org.springframework.stereotype.Component;

/**
 * How the order screens write money and time: {@code 1,234.50 USD} in the currency's own minor unit, and UTC
 * minutes. Templates call it as {@code ${@orderAdminFormat.money(order.totals.total)}}.
 */
@Component("orderAdminFormat")
public class OrderAdminFormat {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public String money(Money money) {
        if (money == null) {
            return "";
        }
        return money.format();
    }

    /** A minor-unit amount as a form field shows it ({@code 5.00}), without grouping or currency. */
    public String plain(Money money) {
        return money.toDecimal().toPlainString();
    }

    public String time(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
