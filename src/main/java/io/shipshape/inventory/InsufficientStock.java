package io.shipshape.inventory;

import java.util.List;

import io.shipshape.shared.DomainException;
import io.shipshape.shared.ProblemType;

/** Not enough available stock for lines that may not be backordered; nothing was reserved. */
public class InsufficientStock extends DomainException {

    public record Shortage(String sku, int requested, int available) {
    }

    private final List<Shortage> shortages;

    public InsufficientStock(List<Shortage> shortages) {
        super(ProblemType.INSUFFICIENT_STOCK, "Not enough stock for " + shortages.stream().map(Shortage::sku).toList());
        this.shortages = List.copyOf(shortages);
        with("shortages", this.shortages);
    }

    public List<Shortage> shortages() {
        return shortages;
    }
}
