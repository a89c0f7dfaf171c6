package io.shipshape.integration;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

import io.shipshape.shared.DomainException;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may be sent. A webhook URL is chosen by an API client, so without this check Shipshape could be
 * made to call services inside its own network (SSRF). Targets whose host resolves to a loopback, private (RFC 1918,
 * IPv6 unique-local), link-local, carrier-grade NAT, unspecified or multicast address are refused, at registration
 * and again before every attempt (the DNS answer may have changed since). Redirects are never followed.
 * {@code shipshape.webhooks.allow-private-targets=true} lifts the rule (tests, or an installation whose receivers
 * live on its own network).
 */
@Component
class TargetPolicy {

    private final boolean allowPrivate;

    TargetPolicy(IntegrationProperties.Webhooks properties) {
        this.allowPrivate = properties.allowPrivateTargets();
    }

    /** The URL parsed; a malformed one is a 400 on {@code url}, a refused target a 422 webhook-target-refused. */
    URI check(String url) {
        URI uri = parse(url);
        if (!allowPrivate) {
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

    private static java.util.Optional<String> refusedReason(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return java.util.Optional.of("the host does not resolve");
        }
        for (InetAddress a : addresses) {
            if (isPrivate(a)) {
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
}
