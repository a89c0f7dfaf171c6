package io.shipshape.orders;

import io.shipshape.shared.DomainException;
import io.shipshape.shared.ProblemType;

/** The channel's external id was captured before; {@code orderId} names the first order. */
public class DuplicateOrder extends DomainException {

    public DuplicateOrder(Channel channel, String externalId, OrderId existing) {
        super(ProblemType.DUPLICATE_ORDER, "Order " + externalId + " of channel " + channel
                + " was already captured as " + existing);
        with("orderId", existing.toString());
    }
}
