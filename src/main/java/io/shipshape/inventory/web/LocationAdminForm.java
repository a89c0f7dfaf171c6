package io.shipshape.inventory.web;

import java.math.BigDecimal;
import java.util.Locale;

import io.shipshape.inventory.Address;
import io.shipshape.inventory.CreateLocation;
import io.shipshape.inventory.LocationType;
import io.shipshape.inventory.LocationView;
import io.shipshape.inventory.UpdateLocation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * The location form of the back office (create and edit), as typed; the rules are the API's. Numbers are text
 * so that a typo is a readable field error; {@link #checkRanges} adds what a pattern cannot say.
 */
record LocationAdminForm(
        @Pattern(regexp = "(?!\\.{1,2}$)[A-Za-z0-9._-]{1,32}",
                message = "must be 1 to 32 letters, digits, '.', '_' and '-'") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "WAREHOUSE|STORE", message = "must be WAREHOUSE or STORE") String type,
        @NotBlank @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @NotBlank @Size(max = 100) String city,
        @Size(max = 100) String region,
        @NotBlank @Size(max = 20) String postalCode,
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as US") String country,
        @Pattern(regexp = "(-?\\d{1,3}(\\.\\d{1,10})?)?", message = "must be a number such as 52.52") String latitude,
        @Pattern(regexp = "(-?\\d{1,3}(\\.\\d{1,10})?)?", message = "must be a number such as 13.405") String longitude,
        @Pattern(regexp = "\\d{0,7}", message = "must be a whole number from 0 to 1000000") String priority,
        Boolean active) {

    static LocationAdminForm blank() {
        return new LocationAdminForm("", "", "WAREHOUSE", "", "", "", "", "", "", "", "", "100", true);
    }

    static LocationAdminForm of(LocationView l) {
        Address a = l.address();
        return new LocationAdminForm(l.code(), l.name(), l.type().name(), a.line1(), orEmpty(a.line2()), a.city(),
                orEmpty(a.region()), a.postalCode(), a.country(), text(l.latitude()), text(l.longitude()),
                Integer.toString(l.priority()), l.active());
    }

    /** Latitude within ±90, longitude within ±180, priority at most 1,000,000. */
    void checkRanges(Errors errors) {
        if (!errors.hasFieldErrors("latitude") && outside(latitude, 90)) {
            errors.rejectValue("latitude", "range", "must be between -90 and 90");
        }
        if (!errors.hasFieldErrors("longitude") && outside(longitude, 180)) {
            errors.rejectValue("longitude", "range", "must be between -180 and 180");
        }
        if (!errors.hasFieldErrors("priority") && !blank(priority) && Integer.parseInt(priority) > 1_000_000) {
            errors.rejectValue("priority", "range", "must be a whole number from 0 to 1000000");
        }
    }

    CreateLocation toCreate() {
        return new CreateLocation(code, name.strip(), LocationType.valueOf(type), address(), number(latitude),
                number(longitude), blank(priority) ? null : Integer.valueOf(priority));
    }

    UpdateLocation toUpdate() {
        return new UpdateLocation(name.strip(), LocationType.valueOf(type), address(), number(latitude),
                number(longitude), blank(priority) ? 100 : Integer.parseInt(priority), Boolean.TRUE.equals(active));
    }

    private Address address() {
        return new Address(line1.strip(), blankToNull(line2), city.strip(), blankToNull(region), postalCode.strip(),
                country.toUpperCase(Locale.ROOT));
    }

    private static boolean outside(String value, int limit) {
        return !blank(value) && new BigDecimal(value).abs().compareTo(BigDecimal.valueOf(limit)) > 0;
    }

    private static Double number(String value) {
        return blank(value) ? null : Double.valueOf(value);
    }

    private static String text(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
