package io.shipshape.fulfillment;

import com.lowagie.text.PageSize;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The built-in label: a 4x6-inch-ish page with ship-from and ship-to blocks and the tracking number as Code 128. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PdfShippingLabelProvider implements ShippingLabelProvider {

    @Override
    public boolean supports(String carrier) {
        return true;
    }

    @Override
    public ShippingLabel label(ShippingLabelRequest r) {
        Pdf pdf = new Pdf(PageSize.A6);
        pdf.title(r.carrierName() + (r.service() == null || r.service().isBlank() ? "" : " " + r.service()));
        pdf.block("SHIP FROM", r.shipFrom());
        pdf.block("SHIP TO", r.shipTo());
        pdf.text("Order " + r.orderNumber() + (r.weightGrams() == null ? "" : " · " + r.weightGrams() + " g"));
        pdf.barcode(r.trackingNumber());
        return ShippingLabel.of(pdf.finish());
    }
}
