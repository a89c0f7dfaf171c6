package io.shipshape.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in the shape of the API: the items and the cursor of the next page, if any. */
public record Page<T>(List<T> items, String nextCursor) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
