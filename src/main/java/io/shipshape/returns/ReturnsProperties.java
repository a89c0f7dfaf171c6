package io.shipshape.returns;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shipshape.returns.*}: the reasons a customer may give, the return window in days (from delivery, or
 * from shipment when delivery is unknown) and whether shipping is refunded when everything comes back.
 */
@ConfigurationProperties("shipshape.returns")
public record ReturnsProperties(List<String> reasons, Integer windowDays, RefundShipping refundShipping) {

    /** NEVER: shipping is not refunded. FULL_RETURN: refunded with the return that brings back the last unit. */
    public enum RefundShipping {
        NEVER, FULL_RETURN
    }

    public ReturnsProperties {
        reasons = reasons == null || reasons.isEmpty()
                ? List.of("DAMAGED", "DEFECTIVE", "WRONG_ITEM", "NOT_AS_DESCRIBED", "SIZE_OR_FIT", "NO_LONGER_NEEDED",
                "OTHER")
                : List.copyOf(reasons);
        windowDays = windowDays == null ? 30 : windowDays;
        refundShipping = refundShipping == null ? RefundShipping.NEVER : refundShipping;
    }
}
