package io.shipshape.payments;

import io.shipshape.shared.Money;

/**
 * Command: staff received money themselves. {@code method}: {@code cash}, {@code bank_transfer}, {@code cod}
 * (collected on delivery) or {@code other}; {@code reference}: the bank reference or receipt number (never card
 * data).
 */
public record RecordManualPayment(Money amount, String method, String reference, String actor) {
}
