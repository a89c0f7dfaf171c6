package io.shipshape.shared;

/**
 * Recognises card numbers where only tokens belong. Shipshape never stores card numbers or CVV: a "token" or a
 * payment reference of 12 to 19 digits (spaces and dashes ignored) that passes the Luhn check is refused.
 */
public final class CardData {

    private CardData() {
    }

    public static boolean looksLikeCardNumber(String text) {
        if (text == null) {
            return false;
        }
        String digits = text.replace(" ", "").replace("-", "");
        if (digits.length() < 12 || digits.length() > 19 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
