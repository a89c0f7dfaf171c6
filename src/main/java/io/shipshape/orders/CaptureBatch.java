package io.shipshape.orders;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.shipshape.customers.CreateCustomer;
import io.shipshape.customers.CustomerManagement;
import io.shipshape.inventory.GroupReservation;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.ReserveStock;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.Times;
import org.springframework.stereotype.Component;

/**
 * The decision of a batch of grouped captures, inside the batch's transaction, with a fixed number of round trips
 * whatever the batch size: one catalog read for all products, one read of the external ids already captured, one
 * grouped reservation (stock rows locked once, orders decided in arrival order: an order that does not fit fails
 * alone with its shortages), one find-or-create of all customers, one read of order numbers. Writes nothing of the
 * orders themselves: {@link CaptureQueue} writes the accepted ones with {@link OrderRepository#insertAll}.
 * <p>
 * Some orders are sent back to the one-order path instead ({@link Outcome#alone()}), to keep this class simple:
 * orders with a backorderable line (backorders are queued per order), and a second order with the same
 * (channel, external id) as an earlier one of the batch (alone, after this batch commits, it is a
 * {@link DuplicateOrder} of the first if the first was accepted, and is captured if the first was refused).
 * Orders naming their own location never get here (see {@link OrderManagement#place}).
 */
@Component
class CaptureBatch {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One order's outcome: accepted ({@code order}), refused ({@code problem}), or to be placed {@code alone}. */
    record Outcome(Order order, RuntimeException problem, boolean alone) {
        static final Outcome ALONE = new Outcome(null, null, true);

        static Outcome refused(RuntimeException problem) {
            return new Outcome(null, problem, false);
        }
    }

    private final OrderPricer pricer;
    private final OrderRepository orders;
    private final CustomerManagement customers;
    private final InventoryManagement inventory;
    private final OrdersProperties properties;
    private final IdGenerator ids;
    private final Clock clock;

    CaptureBatch(OrderPricer pricer, OrderRepository orders, CustomerManagement customers,
                 InventoryManagement inventory, OrdersProperties properties, IdGenerator ids, Clock clock) {
        this.pricer = pricer;
        this.orders = orders;
        this.customers = customers;
        this.inventory = inventory;
        this.properties = properties;
        this.ids = ids;
        this.clock = clock;
    }

    /** Decides the commands in the order given (arrival order); must run inside the batch's transaction. */
    List<Outcome> decide(List<PlaceOrder> cmds) {
        int n = cmds.size();
        Outcome[] outcomes = new Outcome[n];
        List<OrderPricer.Attempt> priced = pricer.priceAll(cmds);
        Map<String, OrderId> captured = capturedBefore(cmds);
        Set<String> externalIds = new HashSet<>();
        OrderId[] orderIds = new OrderId[n];
        List<Integer> reserving = new ArrayList<>();
        List<ReserveStock> reserve = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PlaceOrder cmd = cmds.get(i);
            OrderPricer.Attempt attempt = priced.get(i);
            String external = cmd.externalId() == null ? null : cmd.channel().name() + ' ' + cmd.externalId();
            if (attempt.problem() != null) {
                outcomes[i] = Outcome.refused(attempt.problem());
            } else if (external != null && captured.containsKey(external)) {
                outcomes[i] = Outcome.refused(new DuplicateOrder(cmd.channel(), cmd.externalId(), captured.get(external)));
            } else if ((external != null && !externalIds.add(external))
                    || attempt.priced().products().values().stream().anyMatch(p -> p.backorderable())) {
                outcomes[i] = Outcome.ALONE;
            } else {
                orderIds[i] = new OrderId(ids.next());
                reserving.add(i);
                reserve.add(new ReserveStock(orderIds[i].toString(), null, attempt.priced().priced().lines().stream()
                        .map(l -> new ReserveStock.Line(l.lineNo(), l.sku(), l.quantity(), false)).toList(),
                        cmd.actor(), OrderManagement.destination(cmd)));
            }
        }
        List<GroupReservation> reservations = reserve.isEmpty() ? List.of() : inventory.reserveAll(reserve);
        List<Integer> accepted = new ArrayList<>();
        Map<Integer, GroupReservation> reservationOf = new HashMap<>();
        for (int k = 0; k < reserving.size(); k++) {
            reservationOf.put(reserving.get(k), reservations.get(k));
            if (reservations.get(k).accepted()) {
                accepted.add(reserving.get(k));
            } else {
                outcomes[reserving.get(k)] = Outcome.refused(reservations.get(k).refused());
            }
        }
        // Customers only for the orders that got their stock: a refused order must leave no customer behind.
        List<CustomerManagement.Found> found = accepted.isEmpty() ? List.of() : customers.findOrCreateAll(accepted
                .stream().map(i -> cmds.get(i).customer())
                .map(c -> new CreateCustomer(c.email(), c.name(), c.phone())).toList());
        List<Long> numbers = accepted.isEmpty() ? List.of() : orders.nextNumbers(accepted.size());
        Instant now = Times.now(clock);
        for (int k = 0; k < accepted.size(); k++) {
            int i = accepted.get(k);
            if (found.get(k).problem() != null) {
                // Its units were counted as taken when later orders were decided: roll the batch back instead.
                throw new CustomerRefused(i, found.get(k).problem());
            }
            outcomes[i] = new Outcome(Order.capture(orderIds[i], properties.numberPrefix() + numbers.get(k),
                    cmds.get(i), found.get(k).customer(), priced.get(i).priced().priced(),
                    reservationOf.get(i).reservation(), newTrackingToken(), now, ids::next),
                    null, false);
        }
        return List.of(outcomes);
    }

    /**
     * An accepted order's customer data was refused: the batch is rolled back and every order placed alone, where
     * this one fails with its problem (rare: the API validates customer data before capture).
     */
    static final class CustomerRefused extends RuntimeException {
        CustomerRefused(int index, RuntimeException problem) {
            super("Customer of order " + index + " of the batch refused", problem);
        }
    }

    private Map<String, OrderId> capturedBefore(List<PlaceOrder> cmds) {
        Set<Channel> channels = new LinkedHashSet<>();
        Set<String> externalIds = new LinkedHashSet<>();
        cmds.stream().filter(c -> c.externalId() != null).forEach(c -> {
            channels.add(c.channel());
            externalIds.add(c.externalId());
        });
        return externalIds.isEmpty() ? new HashMap<>() : orders.findIdsByExternal(channels, externalIds);
    }

    static String newTrackingToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
