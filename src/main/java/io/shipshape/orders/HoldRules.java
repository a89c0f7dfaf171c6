package io.shipshape.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.shipshape.shared.Cursor;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hold rules staff manage without code (API {@code /api/v1/hold-rules} and the settings form). A change applies to
 * orders processed after it commits; orders already processed keep what the rules did to them.
 */
@Service
public class HoldRules {

    private final HoldRuleRepository rules;
    private final IdGenerator ids;
    private final Clock clock;

    HoldRules(HoldRuleRepository rules, IdGenerator ids, Clock clock) {
        this.rules = rules;
        this.ids = ids;
        this.clock = clock;
    }

    /** Every rule, oldest first (the order in which they are evaluated). */
    public List<HoldRule> list() {
        return rules.all();
    }

    /** A page of the rules, oldest first, for the API's list convention (a cursor of the last rule's creation). */
    public Page<HoldRule> list(PageRequest page) {
        Cursor.TimeAndId after = page.cursor() == null ? null : Cursor.timeAndId(page.cursor());
        List<HoldRule> rows = rules.page(after, page.limit() + 1);
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, null);
        }
        HoldRule last = rows.get(page.limit() - 1);
        return new Page<>(rows.subList(0, page.limit()), Cursor.ofTimeAndId(last.createdAt(), last.id()));
    }

    public HoldRule get(UUID id) {
        return rules.find(id).orElseThrow(() -> new NotFound("Hold rule", id));
    }

    @Transactional
    public HoldRule create(SaveHoldRule cmd) {
        check(cmd);
        Instant now = Times.now(clock);
        HoldRule rule = new HoldRule(ids.next(), cmd.name().strip(), cmd.enabled(), cmd.condition(),
                normalise(cmd.action()), now, now);
        if (!rules.insert(rule)) {
            throw duplicate(rule.name());
        }
        return rule;
    }

    @Transactional
    public HoldRule update(UUID id, SaveHoldRule cmd) {
        check(cmd);
        HoldRule current = get(id);
        HoldRule rule = new HoldRule(id, cmd.name().strip(), cmd.enabled(), cmd.condition(), normalise(cmd.action()),
                current.createdAt(), Times.now(clock));
        if (!rules.update(rule)) {
            throw duplicate(rule.name());
        }
        return rule;
    }

    @Transactional
    public HoldRule setEnabled(UUID id, boolean enabled) {
        HoldRule r = get(id);
        return update(id, new SaveHoldRule(r.name(), enabled, r.condition(), r.action()));
    }

    @Transactional
    public void delete(UUID id) {
        if (!rules.delete(id)) {
            throw new NotFound("Hold rule", id);
        }
    }

    private static void check(SaveHoldRule cmd) {
        List<InvalidRequest.FieldError> errors = new ArrayList<>();
        if (cmd.name() == null || cmd.name().isBlank() || cmd.name().strip().length() > 100) {
            errors.add(new InvalidRequest.FieldError("name", "must be 1 to 100 characters"));
        }
        if (cmd.condition() == null) {
            errors.add(new InvalidRequest.FieldError("condition", "is required"));
        }
        HoldRule.Action a = cmd.action();
        if (a == null || a.type() == null) {
            errors.add(new InvalidRequest.FieldError("action.type", "must be HOLD, TAG or PRIORITY"));
        } else {
            switch (a.type()) {
                case HOLD -> {
                    if (a.reason() == null || !a.reason().strip().matches("[a-z0-9][a-z0-9_-]{0,99}")) {
                        errors.add(new InvalidRequest.FieldError("action.reason", "a HOLD needs a reason code of 1 to "
                                + "100 lower-case letters, digits, '-' or '_' (e.g. fraud-review)"));
                    }
                }
                case TAG -> {
                    if (a.tag() == null || a.tag().isBlank() || a.tag().strip().length() > 40 || a.tag().contains(",")) {
                        errors.add(new InvalidRequest.FieldError("action.tag", "a TAG needs a tag of 1 to 40 "
                                + "characters without ','"));
                    }
                }
                case PRIORITY -> {
                    if (a.priority() == null || a.priority() < 1 || a.priority() > 100) {
                        errors.add(new InvalidRequest.FieldError("action.priority", "a PRIORITY needs a priority "
                                + "from 1 to 100"));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    /** Keeps only the parameter the action type uses. */
    private static HoldRule.Action normalise(HoldRule.Action a) {
        return switch (a.type()) {
            case HOLD -> new HoldRule.Action(a.type(), a.reason().strip(), null, null);
            case TAG -> new HoldRule.Action(a.type(), null, a.tag().strip(), null);
            case PRIORITY -> new HoldRule.Action(a.type(), null, null, a.priority());
        };
    }

    private static DomainException duplicate(String name) {
        return new DomainException(ProblemType.CONFLICT, "A hold rule named '" + name + "' already exists")
                .with("name", name);
    }
}
