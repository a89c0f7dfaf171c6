package io.shipshape.orders;

/** Why an order is on hold: a reason code and the hold rule that put it there (null for staff and checks). */
public record OrderHold(String reason, String rule) {
}
