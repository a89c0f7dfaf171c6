package io.shipshape.notifications.web;

import java.time.Instant;
import java.util.List;

import io.shipshape.notifications.TrackingView;
import io.shipshape.shared.Money;

/** The public tracking JSON: only what the tracking page shows (see {@link TrackingView}). */
final class TrackingApiModels {

    private TrackingApiModels() {
    }

    record TrackingResponse(String number, String status, String statusTitle, String statusText, Instant placedAt,
                            Money total, List<LineResponse> lines, List<StepResponse> timeline,
                            List<ShipmentResponse> shipments, PickupResponse pickup, ShipToResponse shipTo) {

        static TrackingResponse of(TrackingView v) {
            return new TrackingResponse(v.number(), v.status().name(), v.status().title(), v.status().text(),
                    v.placedAt(), v.total(), lines(v.lines()),
                    v.timeline().stream().map(s -> new StepResponse(s.at(), s.code(), s.title(), s.linkUrl())).toList(),
                    v.shipments().stream().map(s -> new ShipmentResponse(s.carrier(), s.trackingNumber(),
                            s.trackingUrl(), s.shippedAt(), s.deliveredAt(), lines(s.lines()))).toList(),
                    v.pickup() == null ? null : new PickupResponse(v.pickup().storeName(), v.pickup().address(),
                            v.pickup().ready(), v.pickup().instructions()),
                    v.shipTo() == null ? null : new ShipToResponse(v.shipTo().city(), v.shipTo().country()));
        }

        private static List<LineResponse> lines(List<TrackingView.Line> lines) {
            return lines.stream().map(l -> new LineResponse(l.name(), l.quantity())).toList();
        }
    }

    record LineResponse(String name, int quantity) {
    }

    /** {@code trackingUrl}: the carrier's page for a shipped step, else null. */
    record StepResponse(Instant at, String code, String title, String trackingUrl) {
    }

    record ShipmentResponse(String carrier, String trackingNumber, String trackingUrl, Instant shippedAt,
                            Instant deliveredAt, List<LineResponse> lines) {
    }

    record PickupResponse(String storeName, List<String> address, boolean ready, String instructions) {
    }

    record ShipToResponse(String city, String country) {
    }
}
