package io.shipshape.orders;

import java.util.ArrayList;
import java.util.List;

import io.shipshape.customers.CustomerManagement;
import io.shipshape.orders.OrderEvents.OrderPlaced;
import io.shipshape.orders.OrderEvents.OrderProcessingResumed;
import io.shipshape.orders.OrderPayments.Authorization;
import io.shipshape.orders.OrderPayments.Outcome;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes every captured order after its capture committed: verification, hold rules, payment authorisation,
 * confirmation and release to fulfillment. Nothing of this runs inside capture's transaction: it is driven by the
 * event publication registry (OrderPlaced, and OrderProcessingResumed when staff release a hold), so an event whose
 * processing failed or whose server died is handed to a listener again.
 * <p>
 * Each step locks the order row and records its effect together with the new {@link ProcessingStage} in one
 * transaction: a redelivered event (or a second server with the same event) waits for the lock, sees the stage and
 * does only what is left. The payment call is the one step outside a transaction (it is the payments module's
 * own transaction and must not hold our connection and row lock while a gateway answers); a crash right after it
 * repeats the call, which {@link OrderPayments#authorize} answers idempotently. Without a payments module there is
 * nothing to authorise and the whole pipeline is one transaction of a few statements per order.
 */
@Component
class OrderPipeline {

    static final String ACTOR = "system:pipeline";

    private final OrderLifecycle lifecycle;
    private final HoldRuleEngine rules;
    private final CustomerManagement customers;
    private final ObjectProvider<OrderPayments> payments;
    private final TransactionTemplate tx;

    OrderPipeline(OrderLifecycle lifecycle, HoldRuleEngine rules, CustomerManagement customers,
                  ObjectProvider<OrderPayments> payments, PlatformTransactionManager transactions) {
        this.lifecycle = lifecycle;
        this.rules = rules;
        this.customers = customers;
        this.payments = payments;
        this.tx = new TransactionTemplate(transactions);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderPlaced event) {
        process(event.orderId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderProcessingResumed event) {
        process(event.orderId());
    }

    /** Runs every step still ahead for the order; safe to call any number of times, from any server. */
    void process(OrderId id) {
        OrderPayments port = payments.getIfAvailable();
        Boolean authorise = tx.execute(status -> {
            boolean[] needsPayment = {false};
            lifecycle.change(id, s -> needsPayment[0] = checks(s, port == null));
            return needsPayment[0];
        });
        if (Boolean.TRUE.equals(authorise)) {
            Authorization answer = port.authorize(id);
            tx.executeWithoutResult(status -> lifecycle.change(id, s -> applyPayment(s, answer, ACTOR)));
        }
    }

    /** Verification and hold rules (each at most once); true when the payment step is next. */
    private boolean checks(OrderState s, boolean noPayments) {
        if (s.status() != OrderStatus.PENDING) {
            return false; // held, cancelled or already processed: nothing to do until someone releases it
        }
        if (s.stage() == ProcessingStage.NEW) {
            s.advance(ProcessingStage.VERIFIED);
            List<OrderState.Hold> problems = verify(s);
            if (!problems.isEmpty()) {
                s.hold(problems, ACTOR, "Held by verification: " + String.join(", ",
                        problems.stream().map(OrderState.Hold::reason).toList()));
                return false;
            }
        }
        if (s.stage() == ProcessingStage.VERIFIED) {
            s.advance(ProcessingStage.RULES_APPLIED);
            rules.apply(s);
            if (s.status() != OrderStatus.PENDING) {
                return false;
            }
        }
        if (s.stage() == ProcessingStage.RULES_APPLIED && noPayments) {
            applyPayment(s, new Authorization(Outcome.NOT_REQUIRED, "no payments module"), ACTOR);
            return false;
        }
        if (s.stage() == ProcessingStage.PAYMENT_DECIDED) {
            s.confirmAndRelease(ACTOR);
        }
        return s.stage() == ProcessingStage.RULES_APPLIED;
    }

    /** Address complete (unless picked up or sold at the till) and customer not blocked. */
    private List<OrderState.Hold> verify(OrderState s) {
        List<OrderState.Hold> problems = new ArrayList<>();
        OrderState.Facts f = s.facts();
        boolean ships = f.channel() != Channel.POS
                && (f.shippingMethod() == null || !f.shippingMethod().toLowerCase().contains("pickup"));
        if (ships && (blank(f.shipLine1()) || blank(f.shipCity()) || blank(f.shipPostalCode())
                || blank(f.shipCountry()))) {
            problems.add(new OrderState.Hold("address-incomplete", null));
        }
        if (customers.get(f.customerId()).blocked()) {
            problems.add(new OrderState.Hold("customer-blocked", null));
        }
        return problems;
    }

    /**
     * Applies the payment answer once: only while the order waits for it (stage RULES_APPLIED or AWAITING_PAYMENT);
     * a repeated answer (crash, second server, a late settlement) finds a later stage and changes nothing.
     */
    static void applyPayment(OrderState s, Authorization answer, String actor) {
        if (s.status() == OrderStatus.CANCELLED || (s.stage() != ProcessingStage.RULES_APPLIED
                && s.stage() != ProcessingStage.AWAITING_PAYMENT)) {
            return;
        }
        String detail = answer.message() == null || answer.message().isBlank() ? "" : ": " + answer.message();
        switch (answer.outcome()) {
            case AUTHORIZED, NOT_REQUIRED -> {
                s.advance(ProcessingStage.PAYMENT_DECIDED);
                s.note("PAYMENT_CHECKED", (answer.outcome() == Outcome.AUTHORIZED ? "Payment authorised"
                        : "No payment to authorise") + detail, actor);
                if (s.status() == OrderStatus.PENDING) {
                    s.confirmAndRelease(actor);
                }
            }
            case REVIEW, DECLINED -> {
                s.advance(ProcessingStage.PAYMENT_DECIDED);
                String reason = answer.outcome() == Outcome.REVIEW ? "payment-review" : "payment-declined";
                if (s.status() == OrderStatus.PENDING || s.status() == OrderStatus.ON_HOLD) {
                    s.hold(List.of(new OrderState.Hold(reason, null)), actor, "Held: " + reason + detail);
                }
            }
            case PENDING -> {
                if (s.stage() != ProcessingStage.AWAITING_PAYMENT) {
                    s.advance(ProcessingStage.AWAITING_PAYMENT);
                    s.note("PAYMENT_PENDING", "Waiting for the payment to be decided" + detail, actor);
                }
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
