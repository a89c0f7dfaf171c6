package io.shipshape.shared;

/** The resource a request names does not exist (or is not visible to the caller). */
public class NotFound extends DomainException {

    public NotFound(String what, Object key) {
        super(ProblemType.NOT_FOUND, what + " " + key + " was not found");
        with("resource", what);
    }
}
