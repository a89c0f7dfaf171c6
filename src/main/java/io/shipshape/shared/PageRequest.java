package io.shipshape.shared;

/**
 * What a caller asks of a list: at most {@code limit} items after {@code cursor}. Limits are clamped to the
 * contract's range (default 50, max 500).
 */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static PageRequest of(Integer limit, String cursor) {
        if (limit != null && limit < 1) {
            throw new DomainException(ProblemType.INVALID_PARAMETER, "limit must be between 1 and " + MAX_LIMIT)
                    .with("parameter", "limit");
        }
        int l = limit == null ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        return new PageRequest(l, cursor == null || cursor.isBlank() ? null : cursor);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
