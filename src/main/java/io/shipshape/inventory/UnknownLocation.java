package io.shipshape.inventory;

import io.shipshape.shared.DomainException;
import io.shipshape.shared.ProblemType;

/** A request names a location code that does not exist (or is inactive). */
public class UnknownLocation extends DomainException {

    public UnknownLocation(String code) {
        super(ProblemType.UNKNOWN_LOCATION, "Location '" + code + "' does not exist");
        with("location", code);
    }
}
