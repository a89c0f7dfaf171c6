package io.shipshape.returns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderLifecycle;
import io.shipshape.shared.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes orders for good: a shipped or delivered order becomes COMPLETED once its return window
 * ({@code shipshape.returns.window-days}, from the last delivery or shipment) has passed and none of its returns is
 * still open. Returns owns the window and the returns, so it decides; orders only checks the transition. Runs hourly
 * ({@code shipshape.returns.complete-every}); safe on several servers (the transition locks the order).
 */
@Component
class OrderCompletion {

    static final String ACTOR = "system:returns";
    private static final int PAGE = 200;
    private static final Set<ReturnStatus> SETTLED = Set.of(ReturnStatus.REJECTED, ReturnStatus.COMPLETED);
    private static final Logger log = LoggerFactory.getLogger(OrderCompletion.class);

    private final OrderLifecycle lifecycle;
    private final ReturnManagement returns;
    private final Clock clock;

    OrderCompletion(OrderLifecycle lifecycle, ReturnManagement returns, Clock clock) {
        this.lifecycle = lifecycle;
        this.returns = returns;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${shipshape.returns.complete-every:1h}",
            initialDelayString = "${shipshape.returns.complete-every:1h}")
    void scheduled() {
        int completed = run(Times.now(clock));
        if (completed > 0) {
            log.info("Completed {} orders whose return window closed", completed);
        }
    }

    /** One pass over every candidate; answers how many orders were completed. */
    int run(Instant now) {
        Instant windowStart = now.minus(Duration.ofDays(returns.settings().windowDays()));
        int completed = 0;
        OrderId after = null;
        List<OrderId> page;
        do {
            page = lifecycle.completionCandidates(windowStart, after, PAGE);
            for (OrderId id : page) {
                boolean settled = returns.ofOrder(id).stream().allMatch(r -> SETTLED.contains(r.status()));
                if (settled && !returns.withinWindow(id, now) && lifecycle.complete(id, ACTOR, "return window of "
                        + returns.settings().windowDays() + " days closed")) {
                    completed++;
                }
                after = id;
            }
        } while (page.size() == PAGE);
        return completed;
    }
}
