package io.shipshape.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.InvalidRequest.FieldError;

/**
 * How customer fields are normalised and what they must obey, for every caller of {@link CustomerManagement}
 * (the API checks the same with annotations first). Field names are the API's.
 */
final class CustomerRules {

    static final int MAX_EMAIL = 320;
    static final int MAX_NAME = 200;
    static final int MAX_PHONE = 50;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private CustomerRules() {
    }

    /** The email as stored and looked up: trimmed and lower-cased (null stays null). */
    static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Checks a normalised email alone (enough to look a customer up). */
    static void checkEmail(String email) {
        List<FieldError> errors = new ArrayList<>();
        email(email, errors);
        throwIfAny(errors);
    }

    /** Checks everything a new customer needs. */
    static void checkNew(String email, String name, String phone) {
        List<FieldError> errors = new ArrayList<>();
        email(email, errors);
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME || CONTROL.matcher(name).find()) {
            errors.add(new FieldError("name", "must be 1 to " + MAX_NAME + " characters without control characters"));
        }
        if (phone != null && (phone.strip().length() > MAX_PHONE || CONTROL.matcher(phone).find())) {
            errors.add(new FieldError("phone", "must be at most " + MAX_PHONE
                    + " characters without control characters"));
        }
        throwIfAny(errors);
    }

    private static void email(String email, List<FieldError> errors) {
        if (email == null || email.isEmpty() || email.length() > MAX_EMAIL || email.indexOf('@') < 1
                || email.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            errors.add(new FieldError("email", "must be an email address of at most " + MAX_EMAIL + " characters"));
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }
}
