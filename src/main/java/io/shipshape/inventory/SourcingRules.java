package io.shipshape.inventory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.InvalidRequest.FieldError;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.Times;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sourcing rule list: the ordered rules that choose where an order's stock is reserved (see
 * {@link SourcingPlanner}). Every change rewrites the positions 1..n, is refused whole when invalid
 * ({@link InvalidRequest}: a type twice, an unknown parameter, a position out of range), and reaches the capture
 * path's in-memory copy as soon as it commits.
 */
@Service
public class SourcingRules {

    /** The largest {@code NEAREST.bandKm}: half the Earth's circumference. */
    static final double MAX_BAND_KM = 20_050;

    private final SourcingRuleRepository repository;
    private final SourcingCache cache;
    private final IdGenerator ids;
    private final Clock clock;

    SourcingRules(SourcingRuleRepository repository, SourcingCache cache, IdGenerator ids, Clock clock) {
        this.repository = repository;
        this.cache = cache;
        this.ids = ids;
        this.clock = clock;
    }

    /** The rules in their order. */
    public List<SourcingRule> list() {
        return repository.findAll();
    }

    public SourcingRule get(UUID id) {
        return list().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("Sourcing rule", id));
    }

    /** Adds a rule at {@code position} (1..n+1; null: at the end). */
    @Transactional
    public SourcingRule add(NewSourcingRule cmd) {
        List<SourcingRule> rules = new ArrayList<>(repository.lockAll());
        int position = cmd.position() == null ? rules.size() + 1 : cmd.position();
        List<FieldError> errors = new ArrayList<>();
        checkRule("", cmd.type(), cmd.params(), errors);
        if (position < 1 || position > rules.size() + 1) {
            errors.add(new FieldError("position", "must be between 1 and " + (rules.size() + 1)));
        }
        if (cmd.type() != null && rules.stream().anyMatch(r -> r.type() == cmd.type())) {
            errors.add(new FieldError("type", cmd.type() + " is already in the list"));
        }
        throwIfAny(errors);
        SourcingRule added = new SourcingRule(ids.next(), position, cmd.type(), cmd.enabled(), cmd.params());
        rules.add(position - 1, added);
        return save(rules).get(position - 1);
    }

    /** Moves, enables or disables a rule, or changes its parameters; 404 when the id is unknown. */
    @Transactional
    public SourcingRule change(UUID id, ChangeSourcingRule cmd) {
        List<SourcingRule> rules = new ArrayList<>(repository.lockAll());
        SourcingRule current = find(rules, id);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> params = cmd.params() != null ? cmd.params() : current.params();
        checkRule("", current.type(), params, errors);
        int position = cmd.position() != null ? cmd.position() : current.position();
        if (position < 1 || position > rules.size()) {
            errors.add(new FieldError("position", "must be between 1 and " + rules.size()));
        }
        throwIfAny(errors);
        rules.remove(current);
        rules.add(position - 1, new SourcingRule(id, position, current.type(),
                cmd.enabled() != null ? cmd.enabled() : current.enabled(), params));
        return save(rules).get(position - 1);
    }

    @Transactional
    public void delete(UUID id) {
        List<SourcingRule> rules = new ArrayList<>(repository.lockAll());
        rules.remove(find(rules, id));
        save(rules);
    }

    /** Replaces the whole list with these rules, in this order (positions in the commands are ignored). */
    @Transactional
    public List<SourcingRule> replace(List<NewSourcingRule> cmds) {
        List<SourcingRule> current = repository.lockAll();
        List<FieldError> errors = new ArrayList<>();
        List<SourcingRule> rules = new ArrayList<>();
        for (int i = 0; i < cmds.size(); i++) {
            NewSourcingRule cmd = cmds.get(i);
            String field = "items[" + i + "].";
            checkRule(field, cmd.type(), cmd.params(), errors);
            if (cmd.type() != null && rules.stream().anyMatch(r -> r.type() == cmd.type())) {
                errors.add(new FieldError(field + "type", cmd.type() + " is already in the list"));
            }
            // A type that stays in the list keeps its id, so links to it survive a reorder.
            UUID id = current.stream().filter(r -> r.type() == cmd.type()).map(SourcingRule::id).findFirst()
                    .orElseGet(ids::next);
            rules.add(new SourcingRule(id, i + 1, cmd.type(), cmd.enabled(), cmd.params()));
        }
        throwIfAny(errors);
        return save(rules);
    }

    private List<SourcingRule> save(List<SourcingRule> rules) {
        List<SourcingRule> numbered = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            SourcingRule r = rules.get(i);
            numbered.add(new SourcingRule(r.id(), i + 1, r.type(), r.enabled(), r.params()));
        }
        repository.replaceAll(numbered, Times.now(clock));
        cache.invalidate();
        return numbered;
    }

    private static SourcingRule find(List<SourcingRule> rules, UUID id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("Sourcing rule", id));
    }

    private static void checkRule(String field, SourcingRuleType type, Map<String, Object> params,
                                  List<FieldError> errors) {
        if (type == null) {
            errors.add(new FieldError(field + "type", "is required"));
            return;
        }
        if (params == null) {
            return;
        }
        params.forEach((name, value) -> {
            if (!type.params().contains(name)) {
                errors.add(new FieldError(field + "params." + name, "is not a parameter of " + type
                        + (type.params().isEmpty() ? " (it takes none)" : " (it takes " + type.params() + ")")));
            } else if (!(value instanceof Number n) || !(n.doubleValue() > 0) || n.doubleValue() > MAX_BAND_KM) {
                errors.add(new FieldError(field + "params." + name, "must be a number of kilometres above 0 and at"
                        + " most " + (long) MAX_BAND_KM));
            }
        });
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }
}
