package io.shipshape.fulfillment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lowagie.text.PageSize;
import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.ProductView;
import io.shipshape.inventory.Address;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationView;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.PostalAddress;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.ProblemType;
import org.springframework.stereotype.Service;

/** The printed documents: pick lists, packing slips and shipping labels (through {@link ShippingLabelProvider}). */
@Service
public class FulfillmentDocuments {

    private final FulfillmentManagement fulfillment;
    private final OrderManagement orders;
    private final InventoryManagement inventory;
    private final CatalogManagement catalog;
    private final List<ShippingLabelProvider> labelProviders;

    FulfillmentDocuments(FulfillmentManagement fulfillment, OrderManagement orders, InventoryManagement inventory,
                         CatalogManagement catalog, List<ShippingLabelProvider> labelProviders) {
        this.fulfillment = fulfillment;
        this.orders = orders;
        this.inventory = inventory;
        this.catalog = catalog;
        this.labelProviders = labelProviders; // in @Order: carrier integrations before the built-in label
    }

    public byte[] pickList(PickList list) {
        Pdf pdf = new Pdf(PageSize.A4).title("Pick list " + list.location())
                .text("Created " + list.createdAt() + " · " + list.totalUnits() + " unit(s) for "
                        + list.totalsByOrder().size() + " order(s)");
        List<List<String>> rows = new ArrayList<>();
        for (PickList.Line l : list.lines()) {
            rows.add(List.of(l.bin() == null ? "—" : l.bin(), l.sku(), l.name(), String.valueOf(l.quantity()),
                    String.join(", ", l.orders().stream().map(t -> t.orderNumber() + " ×" + t.quantity()).toList())));
        }
        pdf.table(new float[] {2, 3, 5, 1.2f, 5}, List.of("Bin", "SKU", "Product", "Qty", "Orders"), rows);
        pdf.bold("Per order");
        pdf.table(new float[] {4, 5, 2}, List.of("Order", "Fulfillment", "Units"), list.totalsByOrder().stream()
                .map(o -> List.of(o.orderNumber(), FulfillmentCreation.shortId(o.fulfillmentId()),
                        String.valueOf(o.units()))).toList());
        return pdf.finish();
    }

    public byte[] packingSlip(FulfillmentId id) {
        FulfillmentView f = fulfillment.get(id);
        OrderView order = orders.get(f.orderId());
        Map<String, ProductView> products = catalog.findBySkus(f.lines().stream().map(FulfillmentView.Line::sku).toList());
        Pdf pdf = new Pdf(PageSize.A4).title("Packing slip · order " + order.number())
                .text("Fulfillment " + FulfillmentCreation.shortId(f.id()) + " from " + f.location());
        pdf.block("SHIP FROM", from(f.location()));
        pdf.block("SHIP TO", to(order));
        pdf.table(new float[] {3, 6, 2, 2}, List.of("SKU", "Product", "Ordered", "Packed"), f.lines().stream()
                .map(l -> List.of(l.sku(), products.containsKey(l.sku()) ? products.get(l.sku()).name() : l.sku(),
                        String.valueOf(l.quantity()), String.valueOf(l.packed()))).toList());
        pdf.barcode(order.number());
        return pdf.finish();
    }

    /** The label of a shipped fulfillment order (409 before it has a carrier and tracking number). */
    public byte[] label(FulfillmentId id) {
        FulfillmentView f = fulfillment.get(id);
        if (f.trackingNumber() == null) {
            throw new DomainException(ProblemType.INVALID_TRANSITION, "A label needs a carrier and tracking number:"
                    + " ship the fulfillment first").with("status", f.status().name());
        }
        OrderView order = orders.get(f.orderId());
        ShippingLabelRequest request = new ShippingLabelRequest(f.id(), order.number(), f.carrier(), f.service(),
                f.trackingNumber(), f.weightGrams(), from(f.location()), to(order));
        return labelProviders.stream().filter(p -> p.supports(f.carrier())).findFirst().orElseThrow()
                .label(request);
    }

    private List<String> from(String locationCode) {
        LocationView l = inventory.location(locationCode);
        Address a = l.address();
        return lines(l.name(), a.line1(), a.line2(), join(a.postalCode(), a.city()), a.region(), a.country());
    }

    private static List<String> to(OrderView order) {
        PostalAddress a = order.shippingAddress();
        if (a == null) {
            return lines(order.customer().name(), order.customer().email());
        }
        return lines(a.name() == null ? order.customer().name() : a.name(), a.line1(), a.line2(),
                join(a.postalCode(), a.city()), a.region(), a.country());
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
    }

    private static List<String> lines(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }
}
