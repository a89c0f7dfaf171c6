package io.shipshape.orders;

import java.util.List;

import io.shipshape.shared.DomainException;
import io.shipshape.shared.ProblemType;

/** Order lines name SKUs that are not in the catalog or not active. */
public class UnknownProduct extends DomainException {

    public UnknownProduct(List<String> skus) {
        super(ProblemType.UNKNOWN_PRODUCT, "Unknown or inactive SKU(s): " + skus);
        with("skus", skus);
    }
}
