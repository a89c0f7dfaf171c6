package io.shipshape.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A broken business rule or a request the domain refuses. The web layer turns it into an RFC 9457
 * problem with the {@link ProblemType}'s stable type, its status, this message as {@code detail}, and
 * the extra {@link #properties()} as members of the problem.
 */
public class DomainException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public DomainException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public DomainException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }
}
