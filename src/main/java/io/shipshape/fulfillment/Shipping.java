package io.shipshape.fulfillment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.shipshape.inventory.FulfillmentStock;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.Money;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The moment goods leave a location, in the caller's transaction (which holds the fulfillment's row lock): the
 * unpacked rest splits into a new OPEN fulfillment order, stock is consumed (on-hand and reservation, ledger
 * movements), the payment for the shipped share is captured, the fulfillment is marked, events publish, the
 * timeline says so and the order's fulfillment status is reported. Any failure rolls all of it back.
 */
@Component
class Shipping {

    private final FulfillmentRepository repository;
    private final FulfillmentCreation creation;
    private final FulfillmentStock stock;
    private final ShipmentCapture capture;
    private final OrderManagement orders;
    private final OrderFulfillmentStatus status;
    private final ShippingLabels labels;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Shipping(FulfillmentRepository repository, FulfillmentCreation creation, FulfillmentStock stock,
             ShipmentCapture capture, OrderManagement orders, OrderFulfillmentStatus status, ShippingLabels labels,
             Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.creation = creation;
        this.stock = stock;
        this.capture = capture;
        this.orders = orders;
        this.status = status;
        this.labels = labels;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Ships (SHIP: to SHIPPED with carrier) or hands over (PICKUP, POS: straight to DELIVERED, no carrier) what is
     * packed of the locked fulfillment {@code f}. A shipment's label is made here, once, by the carrier's
     * {@link ShippingLabelProvider} (which may assign the tracking number: {@code cmd.trackingNumber()} null), and
     * stored; {@code message} gets ", tracking ..." appended.
     */
    FulfillmentView ship(FulfillmentView f, CarrierView carrier, ShipFulfillment cmd, String message) {
        Instant now = Times.now(clock);
        OrderView order = orders.get(f.orderId());
        List<FulfillmentView.Line> shipped = new ArrayList<>();
        List<FulfillmentView.Line> rest = new ArrayList<>();
        for (FulfillmentView.Line line : f.lines()) {
            if (line.packed() > 0) {
                shipped.add(new FulfillmentView.Line(line.lineNo(), line.sku(), line.packed(), line.packed()));
            }
            if (line.packed() < line.quantity()) {
                rest.add(new FulfillmentView.Line(line.lineNo(), line.sku(), line.quantity() - line.packed(), 0));
                repository.setQuantity(f.id().value(), line.lineNo(), line.packed());
            }
        }
        if (shipped.isEmpty()) {
            throw InvalidRequest.of("lines", "nothing is packed: pack at least one unit before shipping");
        }
        String tracking = cmd.trackingNumber();
        String note = message;
        byte[] label = null;
        if (carrier != null) {
            ShippingLabel made = labels.make(withLines(f, shipped), order, carrier, cmd.service(), tracking,
                    cmd.weightGrams());
            tracking = tracking != null ? tracking : FulfillmentManagement.requireTracking(made.trackingNumber());
            label = made.pdf();
            note = message + ", tracking " + tracking;
        }
        if (!rest.isEmpty()) {
            creation.create(order, f.location(), f.kind(), f.id(), rest, cmd.actor(), now);
        }
        stock.ship(order.id().toString(), f.location(), shipped.stream()
                .map(l -> new FulfillmentStock.Line(l.lineNo(), l.sku(), l.quantity())).toList(), cmd.actor());
        FulfillmentView cut = withLines(f, shipped);
        boolean last = remainingAfter(order, cut) == 0;
        Money captured = capture.capture(order, cut, last, "fulfillment:" + f.id(), cmd.actor());
        boolean handOver = f.kind() != FulfillmentKind.SHIP;
        String url = carrier == null ? null : carrier.trackingUrlFor(tracking);
        repository.shipped(f.id().value(), handOver ? FulfillmentOrderStatus.DELIVERED : FulfillmentOrderStatus.SHIPPED,
                carrier == null ? null : carrier.code(), cmd.service(), tracking, url, cmd.weightGrams(),
                cmd.cost(), captured.amountMinor(), now);
        if (label != null) {
            repository.storeLabel(f.id().value(), label, now);
        }
        events.publishEvent(new FulfillmentShipped(f.id(), order.id(), order.number(), f.location(),
                carrier == null ? null : carrier.code(), tracking, url,
                shipped.stream().map(l -> new FulfillmentShipped.Line(l.sku(), l.quantity())).toList()));
        if (handOver) {
            events.publishEvent(new FulfillmentDelivered(f.id(), order.id(), order.number(), f.location(), null, null));
        }
        orders.record(order.id(), handOver ? "HANDED_OVER" : "SHIPPED", note + describe(shipped)
                + (captured.amountMinor() > 0 ? "; payment capture of " + captured.format() + " requested" : ""),
                cmd.actor());
        status.report(order, repository.byOrder(order.id()), cmd.actor());
        return repository.find(f.id().value()).orElseThrow();
    }

    /** Units of the order not shipped by earlier fulfillments nor by this one. */
    private int remainingAfter(OrderView order, FulfillmentView shipping) {
        int ordered = OrderFulfillmentStatus.units(order);
        int gone = shipping.units();
        for (FulfillmentView other : repository.byOrder(order.id())) {
            if (!other.id().equals(shipping.id()) && (other.status() == FulfillmentOrderStatus.SHIPPED
                    || other.status() == FulfillmentOrderStatus.DELIVERED)) {
                gone += other.units();
            }
        }
        return ordered - gone;
    }

    static String describe(List<FulfillmentView.Line> lines) {
        StringBuilder s = new StringBuilder();
        for (FulfillmentView.Line l : lines) {
            s.append(s.isEmpty() ? ": " : ", ").append(l.quantity()).append(" x ").append(l.sku());
        }
        return s.toString();
    }

    private static FulfillmentView withLines(FulfillmentView f, List<FulfillmentView.Line> lines) {
        return new FulfillmentView(f.id(), f.orderId(), f.orderNumber(), f.location(), f.kind(), f.status(), lines,
                f.carrier(), f.service(), f.trackingNumber(), f.trackingUrl(), f.weightGrams(), f.cost(), f.parentId(),
                f.priority(), f.mismatches(), f.createdAt(), f.updatedAt(), f.shippedAt(), f.deliveredAt());
    }
}
