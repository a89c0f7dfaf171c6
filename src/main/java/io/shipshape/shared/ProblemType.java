package io.shipshape.shared;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of problem the API can answer with. The {@link #uri()} is the stable RFC 9457 {@code type};
 * the server explains each one at that path ({@code /problems/<slug>}). Adding a problem means adding a
 * constant here, so the catalogue of the public error contract lives in one place.
 */
public enum ProblemType {

    VALIDATION_FAILED("validation-failed", 400, "Validation failed",
            "One or more fields of the request are missing or invalid. The `errors` member lists each field "
                    + "(as a JSON path such as `lines[0].quantity`) with a message. Fix the fields and send the "
                    + "request again; nothing was changed."),
    MALFORMED_REQUEST("malformed-request", 400, "Malformed request",
            "The request body is not valid JSON, or a value has the wrong type (for example a string where a "
                    + "number is expected). `detail` says where. Nothing was changed."),
    UNKNOWN_FIELD("unknown-field", 400, "Unknown field",
            "The request body contains a field that this endpoint does not accept. Unknown fields are refused "
                    + "so that a typo does not silently lose data. `field` names it. Nothing was changed."),
    INVALID_PARAMETER("invalid-parameter", 400, "Invalid parameter",
            "A path or query parameter (or the cursor of a list) is not valid. `detail` names it."),
    UNAUTHORIZED("unauthorized", 401, "Authentication required",
            "The request carries no API key, or one that is unknown or revoked. Send `Authorization: Bearer "
                    + "<api key>`."),
    FORBIDDEN("forbidden", 403, "Forbidden",
            "The API key is valid but lacks the scope this endpoint needs. `requiredScope` names it when known. "
                    + "Ask an administrator for a key with that scope."),
    NOT_FOUND("not-found", 404, "Not found",
            "The resource named in the path does not exist."),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed",
            "This path exists but does not accept this HTTP method."),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable",
            "The server cannot answer in any of the media types the `Accept` header asks for."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type",
            "The request body must be sent as `Content-Type: application/json`."),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload too large",
            "The request body is larger than the server accepts."),
    CONFLICT("conflict", 409, "Conflict",
            "The request conflicts with the current state of the resource."),
    DUPLICATE_SKU("duplicate-sku", 409, "Duplicate SKU",
            "A product with this SKU already exists. SKUs are unique; update the existing product instead."),
    DUPLICATE_LOCATION("duplicate-location", 409, "Duplicate location",
            "A location with this code already exists."),
    DUPLICATE_CUSTOMER("duplicate-customer", 409, "Duplicate customer",
            "A customer with this email already exists; `customerId` names it."),
    DUPLICATE_ORDER("duplicate-order", 409, "Duplicate order",
            "An order with the same `channel` and `externalId` was already captured; `orderId` names it. "
                    + "Each channel's external id is captured once."),
    INSUFFICIENT_STOCK("insufficient-stock", 409, "Insufficient stock",
            "Not enough stock is available to reserve every line of the order, and the products are not "
                    + "backorderable. `shortages` lists each SKU with the quantity requested and available. "
                    + "Nothing was reserved and no order was created."),
    INVALID_TRANSITION("invalid-transition", 409, "Invalid transition",
            "The action is not allowed in the resource's current state (for example cancelling a shipped order)."),
    ORDER_ON_HOLD("order-on-hold", 409, "Order on hold",
            "The fulfillment order's order is ON_HOLD, so it may not be picked, packed, scanned, shipped or handed "
                    + "over until the hold is released (`POST /api/v1/orders/{id}/release`). `status` gives the "
                    + "fulfillment order's status. Nothing was changed."),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", 409, "Idempotency key in use",
            "A request with the same `Idempotency-Key` is still being processed. Wait and retry: once it "
                    + "finishes, a retry replays its response."),
    IDEMPOTENCY_KEY_MISMATCH("idempotency-key-mismatch", 422, "Idempotency key reused with a different request",
            "This `Idempotency-Key` was already used for a request with a different method, path or body. "
                    + "Use a new key for a new request."),
    INVALID_IDEMPOTENCY_KEY("invalid-idempotency-key", 400, "Invalid idempotency key",
            "The `Idempotency-Key` header must be 1 to 255 printable ASCII characters."),
    UNKNOWN_PRODUCT("unknown-product", 422, "Unknown product",
            "The request names a SKU that is not in the catalog (or is inactive). `skus` lists them."),
    UNKNOWN_LOCATION("unknown-location", 422, "Unknown location",
            "The request names a location code that does not exist. `location` names it."),
    CURRENCY_MISMATCH("currency-mismatch", 422, "Currency mismatch",
            "All amounts of one order must be in the same currency: the catalog prices of its lines, any "
                    + "`unitPrice` overrides, the shipping price and the discount."),
    BUSINESS_RULE("business-rule", 422, "Business rule violated",
            "The request is well-formed but breaks a business rule that `detail` explains."),
    REFUND_EXCEEDS_CAPTURED("refund-exceeds-captured", 409, "Refund exceeds captured",
            "A refund may not exceed what was captured minus what was already refunded (refunds still awaiting "
                    + "the gateway count as refunded). `refundable` says how much may still be refunded. Nothing "
                    + "was refunded."),
    CAPTURE_EXCEEDS_AUTHORIZED("capture-exceeds-authorized", 409, "Capture exceeds authorized",
            "A capture may not exceed what was authorised minus what was captured or released. `capturable` says "
                    + "how much may still be captured (0 when nothing is authorised). Nothing was captured."),
    PAYMENT_EXCEEDS_DUE("payment-exceeds-due", 409, "Payment exceeds the amount due",
            "A recorded manual payment may not exceed what the order still owes. `due` says how much that is. "
                    + "Nothing was recorded."),
    PAYMENT_REQUIRED("payment-required", 409, "Payment required",
            "The order cannot go on to fulfillment because its payment was declined and nothing covers what it owes. "
                    + "Record the payment (cash, bank transfer) and release it again, or cancel the order."),
    CARD_DATA_REFUSED("card-data-refused", 400, "Card data refused",
            "The request carries what looks like a card number. Shipshape never accepts or stores card numbers "
                    + "or CVV: send the gateway's token or reference instead. Nothing was stored."),
    WEBHOOK_TARGET_REFUSED("webhook-target-refused", 422, "Webhook target refused",
            "The webhook URL's host resolves to a private, loopback, link-local or otherwise internal address (or "
                    + "does not resolve). Shipshape only calls public addresses unless its administrator sets "
                    + "`shipshape.webhooks.allow-private-targets=true`. Nothing was changed."),
    UNKNOWN_CARRIER("unknown-carrier", 422, "Unknown carrier",
            "The request names a carrier code that is not in the carrier registry. `carrier` names it; "
                    + "`GET /api/v1/carriers` lists them, and settings can add custom ones."),
    DUPLICATE_CARRIER("duplicate-carrier", 409, "Duplicate carrier",
            "A carrier with this code already exists in the registry. `carrier` names it."),
    NOT_RETURNABLE("not-returnable", 422, "Not returnable",
            "A return (or its receipt) names more units than the order shipped minus what earlier returns hold "
                    + "(or than the return still awaits). `sku` names the line and `returnable` says how many may be "
                    + "returned. Nothing was changed."),
    RETURN_WINDOW_CLOSED("return-window-closed", 422, "Return window closed",
            "The order was delivered (or shipped) longer ago than the return window allows a customer to request a "
                    + "return; `windowDays` gives the window. Staff can still open a return. Nothing was changed."),
    EVENTS_EXPIRED("events-expired", 410, "Events expired",
            "The event feed's `after` position lies before the oldest event still kept: events after it were "
                    + "deleted when their retention period ended (`shipshape.integration.keep-events`, 30 days), so "
                    + "continuing would silently skip them. `oldestAvailable` is the position to continue from "
                    + "(pass it as `after`); reconcile what you missed from the resources themselves, e.g. "
                    + "`GET /api/v1/orders`. Starting from the beginning (`after` 0 or absent) is never refused."),
    INTERNAL_ERROR("internal-error", 500, "Internal error",
            "The server failed to handle a valid request. This is a bug; the error is logged with the "
                    + "`instance` id. Nothing was committed.");

    private final String slug;
    private final int status;
    private final String title;
    private final String description;

    ProblemType(String slug, int status, String title, String description) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.description = description;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public URI uri() {
        return URI.create("/problems/" + slug);
    }

    public static Optional<ProblemType> bySlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }
}
