package io.shipshape.returns;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.shipshape.customers.CustomerId;
import io.shipshape.customers.CustomerManagement;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.returns.CaseEvents.CaseOpened;
import io.shipshape.returns.CaseEvents.CaseReplied;
import io.shipshape.returns.CaseEvents.CaseStatusChanged;
import io.shipshape.shared.Cursor;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer inquiries: open a case (linked to an order and/or a customer), converse (customer-visible messages
 * and internal notes), assign and move it through {@link CaseStatus}. Writes lock the case row, so two staff
 * answering at once are serialised. Status follows the conversation: a staff reply makes an OPEN case wait on
 * the customer, a customer message makes a waiting or resolved case OPEN again.
 */
@Service
public class CaseManagement {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_MESSAGE = 5000;

    private final CaseRepository cases;
    private final OrderManagement orders;
    private final CustomerManagement customers;
    private final ObjectProvider<StaffDirectory> staff;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseManagement(CaseRepository cases, OrderManagement orders, CustomerManagement customers,
                   ObjectProvider<StaffDirectory> staff, IdGenerator ids, Clock clock, ApplicationEventPublisher events) {
        this.cases = cases;
        this.orders = orders;
        this.customers = customers;
        this.staff = staff;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Opens a case with its first message. Opened by staff ({@code fromCustomer} false), that message is emailed to
     * the customer like a reply ({@link CaseReplied}); opened by the customer, nothing is sent.
     */
    @Transactional
    public CaseView open(OpenCase cmd) {
        String subject = text("subject", cmd.subject(), MAX_SUBJECT);
        String message = text("message", cmd.message(), MAX_MESSAGE);
        OrderView order = null;
        if (cmd.orderId() != null) {
            try {
                order = orders.get(cmd.orderId());
            } catch (NotFound e) {
                throw InvalidRequest.of("orderId", "no order has this id");
            }
        }
        String email = cmd.customerEmail() == null || cmd.customerEmail().isBlank()
                ? (order == null ? null : order.customer().email())
                : cmd.customerEmail().strip().toLowerCase(Locale.ROOT);
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+") || email.length() > 320) {
            throw InvalidRequest.of("customerEmail", "must be an email address (or give an orderId)");
        }
        CustomerId customerId = order != null && order.customer().email().equalsIgnoreCase(email)
                ? order.customer().id() : customerByEmail(email);
        Instant now = Times.now(clock);
        String author = cmd.fromCustomer() ? email : cmd.actor();
        CaseView c = new CaseView(new CaseId(ids.next()), order == null ? null : order.id(),
                order == null ? null : order.number(), customerId, email, subject, CaseStatus.OPEN, null, author,
                now, now, now, List.of());
        cases.insert(c);
        CaseView.Message first = new CaseView.Message(ids.next(), author, cmd.fromCustomer(), false, message, now);
        cases.insertMessage(c.id(), first);
        if (order != null) {
            orders.record(order.id(), "CASE_OPENED", "Case opened: " + subject, author);
        }
        events.publishEvent(new CaseOpened(c.id(), c.orderId(), email, subject, cmd.fromCustomer()));
        if (!cmd.fromCustomer()) {
            // Staff wrote to the customer first: the customer must hear of it like of any later staff reply
            // (a customer's own opening message is not emailed back to them).
            events.publishEvent(new CaseReplied(c.id(), c.orderId(), c.orderNumber(), email, subject, message,
                    author, first.id()));
        }
        return c.withMessages(List.of(first));
    }

    /**
     * Adds a message. {@code internal}: a note only staff see (no status change, no email). A staff reply to an
     * OPEN case makes it WAITING_ON_CUSTOMER and publishes {@link CaseReplied}; a customer's message reopens.
     */
    @Transactional
    public CaseView.Message addMessage(CaseId id, String text, boolean internal, boolean fromCustomer, String actor) {
        String body = text("text", text, MAX_MESSAGE);
        if (internal && fromCustomer) {
            throw InvalidRequest.of("internal", "a customer's message cannot be an internal note");
        }
        CaseView c = cases.lock(id).orElseThrow(() -> new NotFound("Case", id));
        Instant now = Times.now(clock);
        String author = fromCustomer ? c.customerEmail() : actor;
        CaseView.Message m = new CaseView.Message(ids.next(), author, fromCustomer, internal, body, now);
        cases.insertMessage(id, m);
        if (fromCustomer && c.status() != CaseStatus.OPEN) {
            move(c, CaseStatus.OPEN, c.assignee(), now, author);
        } else if (!internal && !fromCustomer) {
            if (c.status() == CaseStatus.OPEN) {
                move(c, CaseStatus.WAITING_ON_CUSTOMER, c.assignee(), now, author);
            } else {
                cases.updateState(id, c.status(), c.assignee(), c.waitingSince(), now);
            }
            events.publishEvent(new CaseReplied(id, c.orderId(), c.orderNumber(), c.customerEmail(), c.subject(),
                    body, author, m.id()));
        } else {
            cases.updateState(id, c.status(), c.assignee(), c.waitingSince(), now);
        }
        return m;
    }

    /** Moves the case to {@code to} (resolve, reopen, wait), checked against {@link CaseStatus}'s table. */
    @Transactional
    public CaseView changeStatus(CaseId id, CaseStatus to, String actor) {
        if (to == null) {
            throw InvalidRequest.of("status", "must be OPEN, WAITING_ON_CUSTOMER or RESOLVED");
        }
        CaseView c = cases.lock(id).orElseThrow(() -> new NotFound("Case", id));
        if (!c.status().canMoveTo(to)) {
            throw new DomainException(ProblemType.INVALID_TRANSITION, "A " + c.status() + " case cannot become " + to)
                    .with("status", c.status().name());
        }
        move(c, to, c.assignee(), Times.now(clock), actor);
        return get(id);
    }

    /** Assigns the case to a staff user; a null or blank assignee unassigns it. */
    @Transactional
    public CaseView assign(CaseId id, String assignee, String actor) {
        String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
        StaffDirectory directory = staff.getIfAvailable();
        if (who != null && (who.length() > 100 || (directory != null && !directory.isActiveStaff(who)))) {
            throw InvalidRequest.of("assignee", "no active staff user is called " + who);
        }
        CaseView c = cases.lock(id).orElseThrow(() -> new NotFound("Case", id));
        cases.updateState(id, c.status(), who, c.waitingSince(), Times.now(clock));
        return get(id);
    }

    /** The case with every message, internal notes included (staff view). */
    public CaseView get(CaseId id) {
        CaseView c = cases.find(id).orElseThrow(() -> new NotFound("Case", id));
        return c.withMessages(cases.messages(id));
    }

    /** The case as its customer may see it: without internal notes. */
    public CaseView customerView(CaseId id) {
        CaseView c = get(id);
        return c.withMessages(c.messages().stream().filter(m -> !m.internal()).toList());
    }

    /**
     * Cases longest waiting first; {@code assignee} "" means unassigned. Without messages (one query per page).
     */
    public Page<CaseView> list(CaseStatus status, String assignee, OrderId orderId, String customerEmail,
                               PageRequest page) {
        Cursor.TimeAndId after = page.cursor() == null ? null : Cursor.timeAndId(page.cursor());
        String email = customerEmail == null || customerEmail.isBlank() ? null
                : customerEmail.strip().toLowerCase(Locale.ROOT);
        List<CaseView> rows = cases.list(new CaseRepository.Filter(status, assignee == null ? null : assignee.strip(),
                orderId, email), after, page.limit() + 1);
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, null);
        }
        rows = rows.subList(0, page.limit());
        CaseView last = rows.get(rows.size() - 1);
        return new Page<>(List.copyOf(rows), Cursor.ofTimeAndId(last.waitingSince(), last.id().value()));
    }

    /** Staff users a case can be assigned to (empty when no directory is available). */
    public List<String> assignableStaff() {
        StaffDirectory directory = staff.getIfAvailable();
        return directory == null ? List.of() : directory.activeStaff();
    }

    private void move(CaseView c, CaseStatus to, String assignee, Instant now, String actor) {
        cases.updateState(c.id(), to, assignee, now, now);
        events.publishEvent(new CaseStatusChanged(c.id(), c.orderId(), c.status(), to, actor));
        if (c.orderId() != null && (to == CaseStatus.RESOLVED || c.status() == CaseStatus.RESOLVED)) {
            orders.record(c.orderId(), to == CaseStatus.RESOLVED ? "CASE_RESOLVED" : "CASE_REOPENED",
                    (to == CaseStatus.RESOLVED ? "Case resolved: " : "Case reopened: ") + c.subject(), actor);
        }
    }

    /** The customer with this email, if registered (exact match). */
    private CustomerId customerByEmail(String email) {
        return customers.list(email, PageRequest.first(5)).items().stream()
                .filter(v -> v.email().equalsIgnoreCase(email)).findFirst().map(v -> v.id()).orElse(null);
    }

    private static String text(String field, String value, int max) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty() || s.length() > max || s.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n'
                && ch != '\r' && ch != '\t')) {
            throw InvalidRequest.of(field, "must be 1 to " + max + " characters");
        }
        return s;
    }
}
