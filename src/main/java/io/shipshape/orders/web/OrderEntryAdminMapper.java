package io.shipshape.orders.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.shipshape.catalog.CatalogManagement;
import io.shipshape.orders.Channel;
import io.shipshape.orders.PlaceOrder;
import io.shipshape.orders.web.OrderApiModels.AddressJson;
import io.shipshape.orders.web.OrderApiModels.CustomerJson;
import io.shipshape.orders.web.OrderApiModels.LineJson;
import io.shipshape.orders.web.OrderApiModels.PlaceOrderRequest;
import io.shipshape.orders.web.OrderApiModels.ShippingMethodJson;
import io.shipshape.orders.web.OrderEntryAdminForm.Row;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.InvalidRequest.FieldError;
import io.shipshape.shared.Money;
import io.shipshape.shared.MoneyJson;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import static io.shipshape.orders.web.OrderEntryAdminForm.blank;
import static io.shipshape.orders.web.OrderEntryAdminForm.trimToNull;

/**
 * Turns the order entry form into the API's capture request, validates it with the API's own constraints and maps
 * it with {@link PlaceOrderMapper}: the back office captures exactly as {@code POST /api/v1/orders} does, with the
 * same field names in its problems ({@code customer.email}, {@code lines[0].quantity}). Amounts are entered in
 * the currency of the lines' products.
 */
@Component
class OrderEntryAdminMapper {

    private static final CustomerJson PREVIEW_CUSTOMER = new CustomerJson("preview@example.com", "Preview", null);

    private final Validator validator;
    private final PlaceOrderMapper mapper;
    private final CatalogManagement catalog;

    OrderEntryAdminMapper(Validator validator, PlaceOrderMapper mapper, CatalogManagement catalog) {
        this.validator = validator;
        this.mapper = mapper;
        this.catalog = catalog;
    }

    /** The command to capture, or an {@link InvalidRequest} listing every field in error. */
    PlaceOrder command(OrderEntryAdminForm form, String actor) {
        return mapper.toCommand(request(form, false), actor);
    }

    /** A command good enough to price: the customer and all of the address but its country are not needed. */
    PlaceOrder preview(OrderEntryAdminForm form, String actor) {
        return mapper.toCommand(request(form, true), actor);
    }

    private PlaceOrderRequest request(OrderEntryAdminForm f, boolean preview) {
        List<FieldError> errors = new ArrayList<>();
        Channel channel = "POS".equals(f.channel()) ? Channel.POS : "PHONE".equals(f.channel()) ? Channel.PHONE : null;
        if (channel == null && !blank(f.channel())) {
            errors.add(new FieldError("channel", "must be PHONE or POS"));
        }
        List<Row> rows = f.lines();
        List<LineJson> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            lines.add(new LineJson(rows.get(i).sku(), quantity(rows.get(i).quantity(), "lines[" + i + "].quantity", errors), null));
        }
        String currency = currency(rows);
        MoneyJson shipping = money(f.shipping(), currency, "shippingMethod.price", errors);
        MoneyJson discount = money(f.discount(), currency, "discount", errors);
        var request = new PlaceOrderRequest(channel, trimToNull(f.externalId()), preview ? PREVIEW_CUSTOMER
                : new CustomerJson(trim(f.email()), trim(f.name()), trimToNull(f.phone())),
                channel == Channel.PHONE ? address(f, preview, errors) : null, null, lines,
                shipping == null ? null : new ShippingMethodJson("standard", shipping), discount, null,
                channel == Channel.POS ? trimToNull(f.locationCode()) : null, trimToNull(f.notes()), null);
        validator.validate(request).forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new InvalidRequest(errors);
        }
        return request;
    }

    private static AddressJson address(OrderEntryAdminForm f, boolean preview, List<FieldError> errors) {
        String country = blank(f.country()) ? null : f.country().strip().toUpperCase(Locale.ROOT);
        if (preview) {
            // Only the country matters for a price (tax); the rest is checked when the order is saved.
            return country == null ? null : new AddressJson(null, "-", null, "-", null, "-", country, null);
        }
        if (f.addressBlank()) {
            errors.add(new FieldError("shippingAddress", "is required for phone orders"));
            return null;
        }
        return new AddressJson(trimToNull(f.shipName()) == null ? trimToNull(f.name()) : f.shipName().strip(),
                trim(f.line1()), trimToNull(f.line2()), trim(f.city()), trimToNull(f.region()), trim(f.postalCode()),
                country, trimToNull(f.phone()));
    }

    /** The currency of the first line whose product exists (amounts are entered in it), else USD. */
    private String currency(List<Row> rows) {
        var products = catalog.findBySkus(rows.stream().map(Row::sku).toList());
        return rows.stream().map(r -> products.get(r.sku())).filter(Objects::nonNull)
                .map(p -> p.price().currencyCode()).findFirst().orElse("USD");
    }

    private static Integer quantity(String text, String field, List<FieldError> errors) {
        if (blank(text)) {
            return 1;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number"));
            return 1;
        }
    }

    /** An amount such as {@code 5} or {@code 5.00} in minor units of the currency; blank is none. */
    private static MoneyJson money(String text, String currency, String field, List<FieldError> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return new MoneyJson(Money.ofDecimal(text, Currency.getInstance(currency)).amountMinor(), currency);
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(new FieldError(field + ".amount", "must be an amount such as 5.00"));
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
