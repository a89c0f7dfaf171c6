package io.shipshape.inventory;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.shipshape.inventory.SourcingPlanner.Site;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the capture hot path needs besides stock, kept in memory: the sourcing rule list and each location's
 * country and coordinates (priorities come fresh with the stock query). Reloaded after a change on this server
 * commits, and at the latest {@link #TTL} after loading, so with several servers a change made on another one
 * applies within 10 seconds.
 */
@Component
class SourcingCache {

    static final Duration TTL = Duration.ofSeconds(10);

    record Snapshot(List<SourcingRule> rules, Map<String, Site> sites, long loadedAtNanos) {

        /** The planner's sites for these locations: the priority as fresh as the stock read, country and coordinates cached. */
        Map<String, Site> sitesOf(Map<String, Integer> priorities) {
            Map<String, Site> result = new HashMap<>();
            priorities.forEach((code, priority) -> {
                Site cached = sites.get(code);
                result.put(code, cached == null ? new Site(code, priority, null, null, null)
                        : new Site(code, priority, cached.country(), cached.latitude(), cached.longitude()));
            });
            return result;
        }
    }

    private final SourcingRuleRepository rules;
    private final LocationRepository locations;
    private volatile Snapshot snapshot;

    SourcingCache(SourcingRuleRepository rules, LocationRepository locations) {
        this.rules = rules;
        this.locations = locations;
    }

    /** The current rules and locations; {@code needed} are location codes that must be known (else reload). */
    Snapshot get(Iterable<String> needed) {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.loadedAtNanos() > TTL.toNanos() || !knowsAll(s, needed)) {
            s = load();
        }
        return s;
    }

    /** Forgets the snapshot once the current transaction commits (at once without one). */
    void invalidate() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot = null;
                }
            });
        } else {
            snapshot = null;
        }
    }

    @EventListener
    void on(StockEvents.LocationCreated event) {
        invalidate();
    }

    @EventListener
    void on(StockEvents.LocationUpdated event) {
        invalidate();
    }

    private static boolean knowsAll(Snapshot s, Iterable<String> codes) {
        for (String code : codes) {
            if (!s.sites().containsKey(code)) {
                return false;
            }
        }
        return true;
    }

    private Snapshot load() {
        Map<String, Site> sites = new HashMap<>();
        for (LocationView l : locations.findAll()) {
            sites.put(l.code(), new Site(l.code(), l.priority(), l.address().country(), l.latitude(), l.longitude()));
        }
        Snapshot s = new Snapshot(List.copyOf(rules.findAll()), Map.copyOf(sites), System.nanoTime());
        snapshot = s;
        return s;
    }
}
