package io.shipshape.customers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import io.shipshape.shared.Cursor;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers module's only entry point: register, find (or create, for order capture), read and search
 * customers. Writes join the caller's transaction and publish {@link CustomerCreated} in it; single-statement
 * reads open no transaction of their own.
 */
@Service
public class CustomerManagement {

    private static final int MAX_QUERY = 200;

    private final CustomerRepository customers;
    private final ApplicationEventPublisher events;
    private final IdGenerator ids;
    private final Clock clock;

    CustomerManagement(CustomerRepository customers, ApplicationEventPublisher events, IdGenerator ids, Clock clock) {
        this.customers = customers;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    /** Registers a customer; an email that exists (in any case) is a 409 naming the existing customer. */
    @Transactional
    public CustomerView create(CreateCustomer cmd) {
        String email = CustomerRules.normalizeEmail(cmd.email());
        CustomerRules.checkNew(email, cmd.name(), cmd.phone());
        CustomerView customer = newCustomer(email, cmd.name(), cmd.phone());
        if (!customers.insertIfAbsent(customer)) {
            CustomerView existing = customers.findByEmail(email).orElseThrow(() -> concurrentlyCreated(email));
            throw duplicate(email, existing.id());
        }
        events.publishEvent(new CustomerCreated(customer.id(), customer.email()));
        return customer;
    }

    /**
     * Hot path of order capture, inside the caller's transaction: the customer with this email, created with
     * this name and phone when there is none. An existing customer is returned as it is (order capture does
     * not overwrite name or phone). One SELECT in the common case; otherwise an insert that does nothing if a
     * concurrent transaction created the same email first, then a SELECT. No statement fails, so the caller's
     * transaction stays usable (PostgreSQL aborts a transaction on any failed statement).
     */
    @Transactional
    public CustomerView findOrCreate(String email, String name, String phone) {
        String normalized = CustomerRules.normalizeEmail(email);
        CustomerRules.checkEmail(normalized);
        Optional<CustomerView> existing = customers.findByEmail(normalized);
        if (existing.isPresent()) {
            return existing.get();
        }
        CustomerRules.checkNew(normalized, name, phone);
        CustomerView customer = newCustomer(normalized, name, phone);
        if (customers.insertIfAbsent(customer)) {
            events.publishEvent(new CustomerCreated(customer.id(), customer.email()));
            return customer;
        }
        return customers.findByEmail(normalized).orElseThrow(() -> concurrentlyCreated(normalized));
    }

    /** One entry's answer of {@link #findOrCreateAll}: the customer, or why its data was refused. */
    public record Found(CustomerView customer, RuntimeException problem) {
    }

    /**
     * {@link #findOrCreate} for a batch of orders (grouped capture), answering in the order given: one SELECT for
     * all the emails, one batch of inserts for the missing ones (the first entry's name and phone win when an
     * email repeats), one SELECT of what was inserted. Data a customer would be refused for fails that entry
     * alone. Joins the caller's transaction.
     */
    @Transactional
    public List<Found> findOrCreateAll(List<CreateCustomer> entries) {
        Found[] answers = new Found[entries.size()];
        Map<String, Integer> firstByEmail = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String email = CustomerRules.normalizeEmail(entries.get(i).email());
            try {
                CustomerRules.checkEmail(email);
                firstByEmail.putIfAbsent(email, i);
            } catch (RuntimeException e) {
                answers[i] = new Found(null, e);
            }
        }
        Map<String, CustomerView> known = firstByEmail.isEmpty() ? new HashMap<>()
                : customers.findByEmails(firstByEmail.keySet());
        List<CustomerView> created = new ArrayList<>();
        Map<String, RuntimeException> refused = new HashMap<>();
        firstByEmail.forEach((email, i) -> {
            if (!known.containsKey(email)) {
                CreateCustomer entry = entries.get(i);
                try {
                    CustomerRules.checkNew(email, entry.name(), entry.phone());
                    created.add(newCustomer(email, entry.name(), entry.phone()));
                } catch (RuntimeException e) {
                    refused.put(email, e);
                }
            }
        });
        if (!created.isEmpty()) {
            customers.insertAllIfAbsent(created);
            // Ours when the id read back is the one we made; else a concurrent transaction created it first.
            Map<String, CustomerView> stored = customers.findByEmails(created.stream().map(CustomerView::email).toList());
            for (CustomerView c : created) {
                CustomerView row = stored.get(c.email());
                if (row == null) {
                    refused.put(c.email(), concurrentlyCreated(c.email()));
                    continue;
                }
                known.put(c.email(), row);
                if (row.id().equals(c.id())) {
                    events.publishEvent(new CustomerCreated(c.id(), c.email()));
                }
            }
        }
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] == null) {
                String email = CustomerRules.normalizeEmail(entries.get(i).email());
                answers[i] = known.containsKey(email) ? new Found(known.get(email), null)
                        : new Found(null, refused.get(email));
            }
        }
        return List.of(answers);
    }

    /**
     * Changes a customer's email, name and phone; an email that belongs to another customer is a 409 naming it.
     * A change that changes nothing is not an update (no event).
     */
    @Transactional
    public CustomerView update(CustomerId id, UpdateCustomer cmd) {
        String email = CustomerRules.normalizeEmail(cmd.email());
        CustomerRules.checkNew(email, cmd.name(), cmd.phone());
        CustomerView current = get(id);
        CustomerView changed = new CustomerView(id, email, cmd.name().strip(), CustomerRules.blankToNull(cmd.phone()),
                current.blocked(), current.createdAt());
        if (changed.equals(current)) {
            return current;
        }
        Optional<CustomerView> owner = customers.findByEmail(email).filter(c -> !c.id().equals(id));
        if (owner.isPresent() || !customers.update(changed, Times.now(clock))) {
            throw duplicate(email, owner.map(CustomerView::id).orElse(null));
        }
        events.publishEvent(new CustomerUpdated(id, email));
        return changed;
    }

    /**
     * Blocks or unblocks a customer. A blocked customer's new orders are held by order processing (reason
     * {@code customer-blocked}) for staff to review; capture still accepts them, so nothing is lost.
     */
    @Transactional
    public CustomerView setBlocked(CustomerId id, boolean blocked) {
        CustomerView current = get(id);
        if (current.blocked() == blocked) {
            return current;
        }
        customers.setBlocked(id.value(), blocked, Times.now(clock));
        events.publishEvent(new CustomerUpdated(id, current.email()));
        return new CustomerView(id, current.email(), current.name(), current.phone(), blocked, current.createdAt());
    }

    /** The customer; an unknown id is a {@link NotFound}. */
    public CustomerView get(CustomerId id) {
        return customers.findById(id.value()).orElseThrow(() -> new NotFound("Customer", id));
    }

    /**
     * Customers in email order, a page at a time. A {@code query} matches emails that start with it or names
     * that contain it, ignoring case.
     */
    public Page<CustomerView> list(String query, PageRequest page) {
        String term = searchTerm(query);
        String after = page.cursor() == null ? null : Cursor.decode(page.cursor());
        if (after != null && (after.length() > CustomerRules.MAX_EMAIL
                || after.chars().anyMatch(Character::isISOControl))) {
            throw invalidParameter("cursor", "cursor is not valid");
        }
        List<CustomerView> rows = customers.search(term, after, page.limit() + 1);
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, null);
        }
        List<CustomerView> items = List.copyOf(rows.subList(0, page.limit()));
        return new Page<>(items, Cursor.encode(items.get(items.size() - 1).email()));
    }

    private CustomerView newCustomer(String email, String name, String phone) {
        return new CustomerView(new CustomerId(ids.next()), email, name.strip(), CustomerRules.blankToNull(phone),
                false, Times.now(clock));
    }

    private static DomainException duplicate(String email, CustomerId existing) {
        DomainException e = new DomainException(ProblemType.DUPLICATE_CUSTOMER, "A customer with email " + email
                + " already exists");
        return existing == null ? e : e.with("customerId", existing.toString());
    }

    private static DomainException concurrentlyCreated(String email) {
        // Only possible when the conflicting row is not visible to this transaction (not READ COMMITTED).
        return new DomainException(ProblemType.CONFLICT, "The customer " + email
                + " is being created by another request; retry");
    }

    private static String searchTerm(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        if (query.length() > MAX_QUERY || query.chars().anyMatch(Character::isISOControl)) {
            throw invalidParameter("query", "query must be at most " + MAX_QUERY
                    + " characters without control characters");
        }
        return query.strip().toLowerCase(Locale.ROOT);
    }

    private static DomainException invalidParameter(String name, String detail) {
        return new DomainException(ProblemType.INVALID_PARAMETER, detail).with("parameter", name);
    }
}
