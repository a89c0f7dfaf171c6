package io.shipshape.integration;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.shipshape.shared.DomainException;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may be sent. A webhook URL is chosen by an API client, so without this check Shipshape could be
 * made to call services inside its own network (SSRF). Targets whose host resolves to a loopback, private (RFC 1918,
 * IPv6 unique-local), link-local, carrier-grade NAT, unspecified or multicast address are refused, at registration
 * and again before every attempt (the DNS answer may have changed since). Redirects are never followed.
 * <ul>
 * <li>{@code shipshape.webhooks.allowed-targets} lets specific private targets through: a host name listed there
 * (exact, case-insensitive), or a host whose every private address lies in a listed CIDR range or address.</li>
 * <li>{@code shipshape.webhooks.allow-private-targets=true} lifts the rule entirely.</li>
 * </ul>
 * Known limit: the address is checked, not pinned. {@code java.net.http.HttpClient} resolves the host again when it
 * connects and offers no resolver hook, and connecting to the checked IP instead would break TLS name checks and the
 * Host header; so a host whose DNS answer changes between the check and the connection (DNS rebinding) could still
 * reach a private address. The window is the milliseconds between the two look-ups.
 */
@Component
class TargetPolicy {

    private final boolean allowPrivate;
    private final Set<String> allowedHosts = new HashSet<>();
    private final List<Cidr> allowedRanges = new ArrayList<>();

    @org.springframework.beans.factory.annotation.Autowired
    TargetPolicy(IntegrationProperties.Webhooks properties) {
        this(properties.allowPrivateTargets(), properties.allowedTargets());
    }

    TargetPolicy(boolean allowPrivate, List<String> allowedTargets) {
        this.allowPrivate = allowPrivate;
        for (String entry : allowedTargets == null ? List.<String>of() : allowedTargets) {
            String e = entry == null ? "" : entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            if (e.contains("/") || e.contains(":") || e.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
                allowedRanges.add(Cidr.parse(e));
            } else {
                allowedHosts.add(e.toLowerCase(Locale.ROOT));
            }
        }
    }

    /** The URL parsed; a malformed one is a 400 on {@code url}, a refused target a 422 webhook-target-refused. */
    URI check(String url) {
        URI uri = parse(url);
        if (!allowPrivate && !allowedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            refusedReason(uri.getHost()).ifPresent(reason -> {
                throw new DomainException(ProblemType.WEBHOOK_TARGET_REFUSED, "Webhook target " + uri.getHost()
                        + " is refused: " + reason).with("url", url);
            });
        }
        return uri;
    }

    static URI parse(String url) {
        URI uri;
        try {
            uri = url == null ? null : new URI(url.strip());
        } catch (URISyntaxException e) {
            throw InvalidRequest.of("url", "is not a valid URL");
        }
        if (uri == null || uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))) {
            throw InvalidRequest.of("url", "must be an absolute http or https URL");
        }
        if (uri.getUserInfo() != null) {
            throw InvalidRequest.of("url", "must not contain user credentials");
        }
        return uri;
    }

    private java.util.Optional<String> refusedReason(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return java.util.Optional.of("the host does not resolve");
        }
        for (InetAddress a : addresses) {
            if (isPrivate(a) && allowedRanges.stream().noneMatch(r -> r.contains(a))) {
                return java.util.Optional.of("it resolves to a private, loopback or link-local address ("
                        + a.getHostAddress() + ")");
            }
        }
        return java.util.Optional.empty();
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128); // "this network", CGNAT 100.64/10
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return false;
    }

    /** An address range: a network address and a prefix length (a bare address is the whole length). */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            byte[] bytes;
            try {
                // Only literals reach here (no dots-and-digits host names), so this does not look anything up.
                bytes = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1)
                        : address).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("shipshape.webhooks.allowed-targets: not an address: " + text);
            }
            int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1).strip());
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("shipshape.webhooks.allowed-targets: bad prefix: " + text);
            }
            return new Cidr(bytes, prefix);
        }

        boolean contains(InetAddress a) {
            byte[] b = a.getAddress();
            if (b.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (b[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (b[full] & mask) == (network[full] & mask);
        }
    }
}
