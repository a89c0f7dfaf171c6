package io.shipshape.fulfillment.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.shipshape.fulfillment.Carriers;
import io.shipshape.fulfillment.FulfillmentDocuments;
import io.shipshape.fulfillment.FulfillmentFilter;
import io.shipshape.fulfillment.FulfillmentId;
import io.shipshape.fulfillment.FulfillmentManagement;
import io.shipshape.fulfillment.FulfillmentOrderStatus;
import io.shipshape.fulfillment.FulfillmentView;
import io.shipshape.fulfillment.PackLine;
import io.shipshape.fulfillment.PickLists;
import io.shipshape.fulfillment.ScanResult;
import io.shipshape.fulfillment.ShipFulfillment;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.OrderView;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.Money;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Flash;
import io.shipshape.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fulfillment back office: the queue per location ({@code /admin/fulfillment}), pick list printing, one
 * fulfillment's pack bench (scan or type, confirm, slip), ship form with label, delivery, pickup and short picks,
 * and the fulfillment panel of the order page. Forms post-redirect-get; the scan input is answered with the pack
 * fragment so the bench never reloads.
 */
@AdminController
class FulfillmentAdminController {

    private final FulfillmentManagement fulfillment;
    private final PickLists pickLists;
    private final FulfillmentDocuments documents;
    private final Carriers carriers;
    private final InventoryManagement inventory;
    private final OrderManagement orders;
    private final Clock clock;

    FulfillmentAdminController(FulfillmentManagement fulfillment, PickLists pickLists, FulfillmentDocuments documents,
                               Carriers carriers, InventoryManagement inventory, OrderManagement orders, Clock clock) {
        this.fulfillment = fulfillment;
        this.pickLists = pickLists;
        this.documents = documents;
        this.carriers = carriers;
        this.inventory = inventory;
        this.orders = orders;
        this.clock = clock;
    }

    @GetMapping("/admin/fulfillment")
    String queue(@RequestParam(required = false) String location, @RequestParam(required = false) String status,
                 @RequestParam(required = false) Integer olderThanHours,
                 @RequestParam(required = false, defaultValue = "false") boolean urgent,
                 @RequestParam(required = false) String cursor, Model model) {
        String loc = location == null || location.isBlank() ? null : location;
        FulfillmentOrderStatus st = parseStatus(status);
        Instant before = olderThanHours == null ? null : clock.instant().minus(Duration.ofHours(olderThanHours));
        Page<FulfillmentView> page = fulfillment.list(new FulfillmentFilter(null, loc, st, before, urgent),
                PageRequest.of(null, cursor));
        List<FulfillmentView> rows = page.items();
        model.addAttribute("rows", rows);
        model.addAttribute("nextCursor", page.nextCursor());
        model.addAttribute("cursor", cursor);
        model.addAttribute("held", fulfillment.heldOrders(rows));
        model.addAttribute("now", clock.instant());
        model.addAttribute("locations", inventory.locations());
        model.addAttribute("statuses", FulfillmentOrderStatus.values());
        model.addAttribute("location", loc);
        model.addAttribute("status", st);
        model.addAttribute("olderThanHours", olderThanHours);
        model.addAttribute("urgent", urgent);
        return "fulfillment/queue";
    }

    /** Prints the pick list of the ticked (or all OPEN) fulfillment orders of a location; they move to PICKING. */
    @PostMapping("/admin/fulfillment/pick-list")
    ResponseEntity<byte[]> pickList(@RequestParam String location, @RequestParam(name = "id", required = false)
            List<String> ids, Principal staff) {
        List<FulfillmentId> chosen = ids == null ? List.of() : ids.stream().map(FulfillmentId::parse).toList();
        return FulfillmentApiController.pdf(documents.pickList(pickLists.create(location, chosen, staff.getName())),
                "pick-list-" + location + ".pdf");
    }

    @GetMapping("/admin/fulfillment/{id}")
    String show(@PathVariable String id, Model model, HttpServletRequest request, HttpServletResponse response) {
        FulfillmentView f = fulfillment.get(FulfillmentId.parse(id));
        model.addAttribute("f", f);
        OrderView order = orders.get(f.orderId()); // one read for both: held, and the currency of the cost field
        model.addAttribute("held", order.status() == OrderStatus.ON_HOLD);
        model.addAttribute("currency", order.totals().total().currency().getCurrencyCode());
        model.addAttribute("carriers", carriers.list());
        return Htmx.pageOrFragment(request, response, "fulfillment/fulfillment", "fulfillment/fulfillment :: pack");
    }

    @PostMapping("/admin/fulfillment/{id}/pick")
    String pick(@PathVariable String id, Principal staff, RedirectAttributes redirect) {
        fulfillment.pick(FulfillmentId.parse(id), staff.getName());
        Flash.success(redirect, "Picking started.");
        return "redirect:/admin/fulfillment/" + id;
    }

    /** One scan (keyboard-wedge scanners type the code and Enter): answers the pack fragment with the result. */
    @PostMapping("/admin/fulfillment/{id}/scan")
    String scan(@PathVariable String id, @RequestParam(required = false) String code, Principal staff, Model model) {
        ScanResult result = fulfillment.scan(FulfillmentId.parse(id), code, staff.getName());
        model.addAttribute("f", result.fulfillment());
        model.addAttribute("scan", result);
        return "fulfillment/fulfillment :: pack";
    }

    @PostMapping("/admin/fulfillment/{id}/pack")
    String pack(@PathVariable String id, @RequestParam(name = "sku", required = false) List<String> skus,
                @RequestParam(name = "quantity", required = false) List<String> quantities, Principal staff,
                RedirectAttributes redirect) {
        List<PackLine> lines = new ArrayList<>();
        for (int i = 0; skus != null && i < skus.size(); i++) {
            String q = quantities == null || i >= quantities.size() ? "" : quantities.get(i).strip();
            try {
                int quantity = q.isEmpty() ? 0 : Integer.parseInt(q);
                if (quantity != 0) { // a line left at 0 is not packed: it is left out, as in the API
                    lines.add(new PackLine(skus.get(i), quantity));
                }
            } catch (NumberFormatException e) {
                throw InvalidRequest.of("quantity", "must be a whole number");
            }
        }
        FulfillmentView f = fulfillment.pack(FulfillmentId.parse(id), lines, staff.getName());
        Flash.success(redirect, "Packed " + f.packedUnits() + " of " + f.units() + " unit(s).");
        return "redirect:/admin/fulfillment/" + id;
    }

    @PostMapping("/admin/fulfillment/{id}/ship")
    String ship(@PathVariable String id, @RequestParam String carrier, @RequestParam(required = false) String service,
                @RequestParam(required = false) String trackingNumber,
                @RequestParam(required = false) Integer weightGrams, @RequestParam(required = false) String cost,
                Principal staff, RedirectAttributes redirect) {
        FulfillmentId fid = FulfillmentId.parse(id);
        Money shippingCost = null;
        if (cost != null && !cost.isBlank()) {
            try { // what the carrier charged, in the order's currency
                shippingCost = Money.ofDecimal(cost, orders.get(fulfillment.get(fid).orderId()).totals().total()
                        .currency());
            } catch (NumberFormatException | ArithmeticException e) {
                throw InvalidRequest.of("cost", "must be an amount such as 7.95");
            }
        }
        FulfillmentView f = fulfillment.ship(fid, new ShipFulfillment(carrier,
                service == null || service.isBlank() ? null : service.strip(), trackingNumber, weightGrams,
                shippingCost, staff.getName()));
        Flash.success(redirect, "Shipped " + f.units() + " unit(s) with " + f.carrier() + " " + f.trackingNumber() + ".");
        return "redirect:/admin/fulfillment/" + id;
    }

    @PostMapping("/admin/fulfillment/{id}/deliver")
    String deliver(@PathVariable String id, Principal staff, RedirectAttributes redirect) {
        fulfillment.deliver(FulfillmentId.parse(id), staff.getName());
        Flash.success(redirect, "Marked delivered.");
        return "redirect:/admin/fulfillment/" + id;
    }

    @PostMapping("/admin/fulfillment/{id}/pickup")
    String pickUp(@PathVariable String id, @RequestParam String customerName, Principal staff,
                  RedirectAttributes redirect) {
        fulfillment.pickUp(FulfillmentId.parse(id), customerName, staff.getName());
        Flash.success(redirect, "Handed over to " + customerName.strip() + ".");
        return "redirect:/admin/fulfillment/" + id;
    }

    @PostMapping("/admin/fulfillment/{id}/reject")
    String reject(@PathVariable String id, @RequestParam String sku, @RequestParam int quantity,
                  @RequestParam String reason, Principal staff, RedirectAttributes redirect) {
        List<FulfillmentView> created = fulfillment.reject(FulfillmentId.parse(id), List.of(new PackLine(sku, quantity)),
                reason, staff.getName());
        Flash.success(redirect, "Short pick recorded; " + (created.isEmpty() ? "backordered."
                : "sourced again at " + String.join(", ", created.stream().map(FulfillmentView::location).toList()) + "."));
        return "redirect:/admin/fulfillment/" + id;
    }

    @GetMapping("/admin/fulfillment/{id}/packing-slip")
    ResponseEntity<byte[]> packingSlip(@PathVariable String id) {
        return FulfillmentApiController.pdf(documents.packingSlip(FulfillmentId.parse(id)), "packing-slip.pdf");
    }

    @GetMapping("/admin/fulfillment/{id}/label")
    ResponseEntity<byte[]> label(@PathVariable String id) {
        return FulfillmentApiController.pdf(documents.label(FulfillmentId.parse(id)), "label.pdf");
    }

    /** The fulfillment panel of the order page (loaded by htmx from templates/orders/order.html). */
    @GetMapping("/admin/fulfillment/orders/{orderId}/panel")
    String panel(@PathVariable String orderId, Model model) {
        UUID id = NotFound.uuid("Order", orderId);
        model.addAttribute("fulfillments", fulfillment.ofOrder(new OrderId(id)));
        return "fulfillment/panel :: panel";
    }

    private static FulfillmentOrderStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return FulfillmentOrderStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new io.shipshape.shared.DomainException(io.shipshape.shared.ProblemType.INVALID_PARAMETER,
                    "status is not a fulfillment status").with("parameter", "status");
        }
    }
}
