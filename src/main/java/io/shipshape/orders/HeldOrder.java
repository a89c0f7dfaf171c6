package io.shipshape.orders;

import java.time.Instant;
import java.util.List;

import io.shipshape.shared.Money;

/** A row of the review queue: a held order, when it was placed and held, and why. */
public record HeldOrder(OrderId id, String number, String customerEmail, Money total, Instant createdAt,
                        Instant heldAt, List<OrderHold> holds) {
}
