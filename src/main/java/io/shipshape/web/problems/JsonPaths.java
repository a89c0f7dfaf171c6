package io.shipshape.web.problems;

import tools.jackson.core.JacksonException;

/** Renders the location of a JSON error as a field path like {@code lines[0].quantity}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
