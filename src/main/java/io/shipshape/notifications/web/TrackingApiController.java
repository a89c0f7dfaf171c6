package io.shipshape.notifications.web;

import io.shipshape.notifications.NotificationManagement;
import io.shipshape.notifications.web.TrackingApiModels.TrackingResponse;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/track/{token}}: the tracking page as JSON, public (no API key; the unguessable token is the
 * key). Any unknown token is the same 404 whose detail names nothing.
 */
@RestController
@Tag(name = "Tracking")
class TrackingApiController {

    private final NotificationManagement notifications;

    TrackingApiController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping(value = "/api/v1/track/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @Operation(summary = "Track an order by the token of its tracking link: status, customer timeline, parcels "
            + "with carrier links, pickup store; nothing else of the customer")
    ResponseEntity<TrackingResponse> track(@PathVariable String token) {
        return notifications.track(token)
                .map(v -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .header("X-Robots-Tag", "noindex").body(TrackingResponse.of(v)))
                .orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND, "No order has this tracking link"));
    }
}
