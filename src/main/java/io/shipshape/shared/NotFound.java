package io.shipshape.shared;

/** The resource a request names does not exist (or is not visible to the caller). */
public class NotFound extends DomainException {

    public NotFound(String what, Object key) {
        super(ProblemType.NOT_FOUND, what + " " + key + " was not found");
        with("resource", what);
    }

    /** The id a path names; one that is not even a UUID names nothing, so it is a 404 like an unknown one. */
    public static java.util.UUID uuid(String what, String id) {
        try {
            return java.util.UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound(what, id);
        }
    }
}
