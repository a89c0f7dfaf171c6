package io.shipshape.orders.web;

import java.util.ArrayList;
import java.util.List;

import io.shipshape.orders.Channel;
import io.shipshape.orders.PlaceOrder;
import io.shipshape.orders.web.OrderApiModels.LineJson;
import io.shipshape.orders.web.OrderApiModels.PlaceOrderRequest;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.InvalidRequest.FieldError;
import org.springframework.stereotype.Component;

/** Turns a validated capture request into the {@link PlaceOrder} command, checking the cross-field rules. */
@Component
class PlaceOrderMapper {

    PlaceOrder toCommand(PlaceOrderRequest r, String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (r.channel() == Channel.POS && r.locationCode() == null) {
            errors.add(new FieldError("locationCode", "is required for POS orders: the store where the sale happens"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        List<PlaceOrder.Line> lines = new ArrayList<>();
        for (int i = 0; i < r.lines().size(); i++) {
            LineJson l = r.lines().get(i);
            lines.add(new PlaceOrder.Line(l.sku(), l.quantity(),
                    l.unitPrice() == null ? null : l.unitPrice().toMoney("lines[" + i + "].unitPrice")));
        }
        return new PlaceOrder(r.channel(), r.externalId(),
                new PlaceOrder.CustomerData(r.customer().email().trim().toLowerCase(), r.customer().name().trim(),
                        r.customer().phone()),
                r.shippingAddress() == null ? null : r.shippingAddress().toAddress(),
                r.billingAddress() == null ? null : r.billingAddress().toAddress(),
                lines,
                r.shippingMethod() == null ? null : new PlaceOrder.ShippingMethod(r.shippingMethod().code(),
                        r.shippingMethod().price().toMoney("shippingMethod.price")),
                r.discount() == null ? null : r.discount().toMoney("discount"),
                r.payment() == null ? null : new PlaceOrder.PaymentData(r.payment().method(), r.payment().token()),
                r.locationCode(), r.notes(), r.tags(), null, actor);
    }
}
