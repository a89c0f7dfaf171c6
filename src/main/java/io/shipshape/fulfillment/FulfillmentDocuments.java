package io.shipshape.fulfillment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.lowagie.text.PageSize;
import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.ProductView;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import org.springframework.stereotype.Service;

/** The printed documents: pick lists, packing slips and shipping labels (through {@link ShippingLabelProvider}). */
@Service
public class FulfillmentDocuments {

    private final FulfillmentManagement fulfillment;
    private final OrderManagement orders;
    private final CatalogManagement catalog;
    private final ShippingLabels labels;
    private final Carriers carriers;
    private final FulfillmentRepository repository;
    private final Clock clock;

    FulfillmentDocuments(FulfillmentManagement fulfillment, OrderManagement orders, CatalogManagement catalog,
                         ShippingLabels labels, Carriers carriers, FulfillmentRepository repository, Clock clock) {
        this.fulfillment = fulfillment;
        this.orders = orders;
        this.catalog = catalog;
        this.labels = labels;
        this.carriers = carriers;
        this.repository = repository;
        this.clock = clock;
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
        pdf.block("SHIP FROM", labels.from(f.location()));
        pdf.block("SHIP TO", ShippingLabels.to(order));
        pdf.table(new float[] {3, 6, 2, 2}, List.of("SKU", "Product", "Ordered", "Packed"), f.lines().stream()
                .map(l -> List.of(l.sku(), products.containsKey(l.sku()) ? products.get(l.sku()).name() : l.sku(),
                        String.valueOf(l.quantity()), String.valueOf(l.packed()))).toList());
        pdf.barcode(order.number());
        return pdf.finish();
    }

    /**
     * The label of a shipped fulfillment order, as made when it shipped (409 before it has a carrier and tracking
     * number). One shipped before labels were stored gets its label made now, once.
     */
    public byte[] label(FulfillmentId id) {
        Optional<byte[]> stored = repository.label(id.value());
        if (stored.isPresent()) {
            return stored.get();
        }
        FulfillmentView f = fulfillment.get(id);
        if (f.trackingNumber() == null) {
            throw new DomainException(ProblemType.INVALID_TRANSITION, "A label needs a carrier and tracking number:"
                    + " ship the fulfillment first").with("status", f.status().name());
        }
        byte[] pdf = labels.make(f, orders.get(f.orderId()), carriers.require(f.carrier()), f.service(),
                f.trackingNumber(), f.weightGrams()).pdf();
        repository.storeLabel(id.value(), pdf, Times.now(clock));
        return repository.label(id.value()).orElse(pdf);
    }
}
