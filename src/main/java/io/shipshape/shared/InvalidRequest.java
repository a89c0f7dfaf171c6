package io.shipshape.shared;

import java.util.List;

/**
 * Input that is well-formed but fails a rule checked by the domain (a field-level error the request
 * annotations cannot express). Reported like bean validation: 400 with {@code errors[]}.
 */
public class InvalidRequest extends DomainException {

    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidRequest(List<FieldError> errors) {
        super(ProblemType.VALIDATION_FAILED, "The request is not valid: " + errors.size() + " error(s)");
        this.errors = List.copyOf(errors);
        with("errors", this.errors);
    }

    public static InvalidRequest of(String field, String message) {
        return new InvalidRequest(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
