package io.shipshape.fulfillment.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.shipshape.fulfillment.FulfillmentDocuments;
import io.shipshape.fulfillment.FulfillmentFilter;
import io.shipshape.fulfillment.FulfillmentId;
import io.shipshape.fulfillment.FulfillmentManagement;
import io.shipshape.fulfillment.FulfillmentOrderStatus;
import io.shipshape.fulfillment.ScanResult;
import io.shipshape.fulfillment.ShipFulfillment;
import io.shipshape.fulfillment.web.FulfillmentApiModels.DeliveryRequest;
import io.shipshape.fulfillment.web.FulfillmentApiModels.Fulfillment;
import io.shipshape.fulfillment.web.FulfillmentApiModels.PackRequest;
import io.shipshape.fulfillment.web.FulfillmentApiModels.PickupRequest;
import io.shipshape.fulfillment.web.FulfillmentApiModels.RejectRequest;
import io.shipshape.fulfillment.web.FulfillmentApiModels.Scan;
import io.shipshape.fulfillment.web.FulfillmentApiModels.ScanRequest;
import io.shipshape.fulfillment.web.FulfillmentApiModels.ShipRequest;
import io.shipshape.orders.OrderId;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/fulfillments}: fulfillment orders, pick, pack (or scan), ship, deliver, pickup, short picks. */
@RestController
@RequestMapping(value = "/api/v1/fulfillments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Fulfillment")
class FulfillmentApiController {

    private static final String HELD = "While the order is ON_HOLD: 409 order-on-hold, nothing changes.";

    private final FulfillmentManagement fulfillment;
    private final FulfillmentDocuments documents;
    private final Clock clock;

    FulfillmentApiController(FulfillmentManagement fulfillment, FulfillmentDocuments documents, Clock clock) {
        this.fulfillment = fulfillment;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Fulfillment orders by order, location, status, minimum age in hours, urgency, carrier and"
            + " tracking number (urgent first, then oldest first)", description = "?limit= (default 50, max 500) and"
            + " ?cursor= (the previous page's nextCursor, null on the last page).")
    Page<Fulfillment> list(@RequestParam(required = false) String orderId, @RequestParam(required = false) String location,
                           @RequestParam(required = false) FulfillmentOrderStatus status,
                           @RequestParam(required = false) Integer olderThanHours,
                           @RequestParam(required = false, defaultValue = "false") boolean urgent,
                           @RequestParam(required = false) String carrier,
                           @RequestParam(required = false) String trackingNumber,
                           @RequestParam(required = false) Integer limit,
                           @RequestParam(required = false) String cursor) {
        OrderId order = orderId == null ? null : new OrderId(NotFound.uuid("Order", orderId));
        Instant before = olderThanHours == null ? null : clock.instant().minus(Duration.ofHours(olderThanHours));
        return fulfillment.list(new FulfillmentFilter(order, location, status, before, urgent, carrier, trackingNumber),
                PageRequest.of(limit, cursor)).map(Fulfillment::of);
    }

    @GetMapping("/{id}")
    Fulfillment get(@PathVariable String id) {
        return Fulfillment.of(fulfillment.get(FulfillmentId.parse(id)));
    }

    @PostMapping("/{id}/pick")
    @Operation(summary = "Start picking (OPEN to PICKING)", description = HELD)
    Fulfillment pick(@PathVariable String id, Principal caller) {
        return Fulfillment.of(fulfillment.pick(FulfillmentId.parse(id), caller.getName()));
    }

    @PostMapping("/{id}/pack")
    @Operation(summary = "Confirm packed quantities per SKU (to PACKED); a short line is recorded as a mismatch and"
            + " its rest stays open when shipped", description = HELD)
    Fulfillment pack(@PathVariable String id, @Valid @RequestBody PackRequest r, Principal caller) {
        return Fulfillment.of(fulfillment.pack(FulfillmentId.parse(id), r.packLines(), caller.getName()));
    }

    @PostMapping("/{id}/scan")
    @Operation(summary = "Scan a product barcode or SKU at the pack bench: counts one unit, or records a mismatch",
            description = HELD)
    Scan scan(@PathVariable String id, @Valid @RequestBody ScanRequest r, Principal caller) {
        ScanResult s = fulfillment.scan(FulfillmentId.parse(id), r.code(), caller.getName());
        return new Scan(s.accepted(), s.sku(), s.mismatch(), s.message(), Fulfillment.of(s.fulfillment()));
    }

    @PostMapping("/{id}/ship")
    @Operation(summary = "Ship what is packed: stock consumed, payment captured, tracking set, in one transaction",
            description = "The label is made now, once, by the carrier's label provider, and GET .../label serves it."
                    + " trackingNumber may be left out only when that provider assigns one (the built-in one does"
                    + " not: 400). " + HELD)
    Fulfillment ship(@PathVariable String id, @Valid @RequestBody ShipRequest r, Principal caller) {
        return Fulfillment.of(fulfillment.ship(FulfillmentId.parse(id), new ShipFulfillment(r.carrier(), r.service(),
                r.trackingNumber(), r.weightGrams(), r.cost() == null ? null : r.cost().toMoney("cost"),
                caller.getName())));
    }

    @PostMapping("/{id}/deliver")
    @Operation(summary = "Mark delivered (staff or a carrier webhook); repeating it changes nothing")
    Fulfillment deliver(@PathVariable String id, Principal caller) {
        return Fulfillment.of(fulfillment.deliver(FulfillmentId.parse(id), caller.getName()));
    }

    @PostMapping("/deliveries")
    @Operation(summary = "Mark the parcel with this carrier and tracking number delivered (for carrier webhooks)",
            description = "The SHIPPED fulfillment order with that carrier code and tracking number moves to DELIVERED"
                    + " as by POST /{id}/deliver; repeating it changes nothing and answers the delivered one. 404"
                    + " not-found when no shipped fulfillment order has them.")
    Fulfillment deliverByTracking(@Valid @RequestBody DeliveryRequest r, Principal caller) {
        return Fulfillment.of(fulfillment.deliverByTracking(r.carrier(), r.trackingNumber(), caller.getName()));
    }

    @PostMapping("/{id}/pickup")
    @Operation(summary = "Hand a ready store pickup to the customer, whose name must match the order's",
            description = HELD)
    Fulfillment pickUp(@PathVariable String id, @Valid @RequestBody PickupRequest r, Principal caller) {
        return Fulfillment.of(fulfillment.pickUp(FulfillmentId.parse(id), r.customerName(), caller.getName()));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Short pick: the units are released here and sourced again elsewhere (or backordered);"
            + " returns the new fulfillment orders")
    List<Fulfillment> reject(@PathVariable String id, @Valid @RequestBody RejectRequest r, Principal caller) {
        return fulfillment.reject(FulfillmentId.parse(id), r.lines().stream().map(l -> l.toLine()).toList(),
                r.reason(), caller.getName()).stream().map(Fulfillment::of).toList();
    }

    @GetMapping(value = "/{id}/packing-slip", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The packing slip (PDF)")
    ResponseEntity<byte[]> packingSlip(@PathVariable String id) {
        return pdf(documents.packingSlip(FulfillmentId.parse(id)), "packing-slip-" + id + ".pdf");
    }

    @GetMapping(value = "/{id}/label", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The shipping label of a shipped fulfillment (PDF, made once by the label provider of its carrier"
            + " when it shipped)")
    ResponseEntity<byte[]> label(@PathVariable String id) {
        return pdf(documents.label(FulfillmentId.parse(id)), "label-" + id + ".pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"").body(bytes);
    }

}
