package io.shipshape.fulfillment;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.shipshape.shared.DomainException;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The carrier registry: the built-ins (UPS, FedEx, USPS, DHL, Royal Mail, from the migration) and custom carriers
 * added in settings.
 */
@Service
public class Carriers {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,32}");

    private final CarrierRepository repository;
    private final Clock clock;

    Carriers(CarrierRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public List<CarrierView> list() {
        return repository.all();
    }

    /** The carrier with this code (case-insensitive), or a 422 {@code unknown-carrier}. */
    public CarrierView require(String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return repository.find(normalized).orElseThrow(() -> new DomainException(ProblemType.UNKNOWN_CARRIER,
                "Carrier '" + code + "' is not in the carrier registry").with("carrier", code));
    }

    /**
     * Adds a custom carrier. {@code code}: 2 to 32 of A-Z, 0-9 and _ (upper-cased); {@code trackingUrl}: an http(s)
     * URL containing {@code {trackingNumber}}.
     */
    @Transactional
    public CarrierView add(String code, String name, String trackingUrl) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw InvalidRequest.of("code", "must be 2 to 32 letters, digits or underscores");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw InvalidRequest.of("name", "must be 1 to 100 characters");
        }
        String url = trackingUrl == null ? "" : trackingUrl.strip();
        if (!(url.startsWith("https://") || url.startsWith("http://")) || !url.contains(CarrierView.PLACEHOLDER)
                || url.length() > 500) {
            throw InvalidRequest.of("trackingUrl", "must be an http(s) URL containing " + CarrierView.PLACEHOLDER);
        }
        CarrierView carrier = new CarrierView(c, name.strip(), url, false);
        if (!repository.insert(carrier, Times.now(clock))) {
            throw new DomainException(ProblemType.DUPLICATE_CARRIER, "Carrier '" + c + "' already exists")
                    .with("carrier", c);
        }
        return carrier;
    }
}
