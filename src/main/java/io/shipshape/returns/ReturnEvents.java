package io.shipshape.returns;

import java.util.List;

import io.shipshape.orders.OrderId;
import io.shipshape.shared.Money;

/**
 * Events of returns: small records of ids and facts, published in the transaction that made them (integration
 * maps them to {@code return.requested}, {@code return.received}, ...).
 */
public final class ReturnEvents {

    private ReturnEvents() {
    }

    public record Line(String sku, int quantity) {
    }

    public record ReturnRequested(ReturnId returnId, String number, OrderId orderId, String orderNumber,
                                  ReturnResolution resolution, List<Line> lines, boolean byCustomer) {
    }

    public record ReturnApproved(ReturnId returnId, String number, OrderId orderId, String actor) {
    }

    public record ReturnRejected(ReturnId returnId, String number, OrderId orderId, String reason, String actor) {
    }

    /** Units arrived: {@code restocked} went back to stock at {@code location}, {@code writtenOff} were damaged. */
    public record ReturnReceived(ReturnId returnId, String number, OrderId orderId, String location,
                                 List<Line> restocked, List<Line> writtenOff, boolean complete) {
    }

    public record ReturnRefunded(ReturnId returnId, String number, OrderId orderId, Money amount, boolean beforeReceipt,
                                 String actor) {
    }

    public record ReturnExchanged(ReturnId returnId, String number, OrderId orderId, OrderId replacementOrderId,
                                  Money priceDifference) {
    }

    public record ReturnCompleted(ReturnId returnId, String number, OrderId orderId) {
    }
}
