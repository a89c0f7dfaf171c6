package io.shipshape.payments.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import io.shipshape.orders.OrderId;
import io.shipshape.payments.PaymentManagement;
import io.shipshape.payments.PaymentTransaction;
import io.shipshape.payments.RecordManualPayment;
import io.shipshape.payments.RefundPayment;
import io.shipshape.payments.web.PaymentApiModels.AuthorizeRequest;
import io.shipshape.payments.web.PaymentApiModels.CaptureRequest;
import io.shipshape.payments.web.PaymentApiModels.ManualPaymentRequest;
import io.shipshape.payments.web.PaymentApiModels.PaymentsResponse;
import io.shipshape.payments.web.PaymentApiModels.RefundRequest;
import io.shipshape.payments.web.PaymentApiModels.TransactionResponse;
import io.shipshape.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An order's payments: the ledger, captures by staff, refunds and manual payments ({@code orders:write}). */
@RestController
@RequestMapping(value = "/api/v1/orders/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Payments")
class PaymentApiController {

    private final PaymentManagement payments;

    PaymentApiController(PaymentManagement payments) {
        this.payments = payments;
    }

    @GetMapping("/payments")
    @Operation(summary = "The order's payments", description = "Derived status (PENDING, AUTHORIZED, "
            + "PARTIALLY_CAPTURED, CAPTURED, PARTIALLY_REFUNDED, REFUNDED, VOIDED, FAILED), totals (authorized, "
            + "captured, refunded, released, and what may still be captured and refunded) and every transaction.")
    PaymentsResponse get(@PathVariable String id) {
        return PaymentsResponse.of(payments.payments(parse(id)));
    }

    @PostMapping("/payments/capture")
    @Operation(summary = "Capture authorised money", description = "amount absent: everything still authorised. "
            + "More than remains authorised: 409 capture-exceeds-authorized. Answers the capture; status PENDING or "
            + "UNKNOWN when the gateway decides later (reconciliation records it).")
    ResponseEntity<TransactionResponse> capture(@PathVariable String id,
                                                @Valid @RequestBody(required = false) CaptureRequest request,
                                                Principal caller) {
        OrderId orderId = parse(id);
        var amount = request == null || request.amount() == null ? null : request.amount().toMoney("amount");
        return created(orderId, payments.capture(orderId, amount, caller.getName()));
    }

    @PostMapping("/payments/authorize")
    @Operation(summary = "Authorise again after a decline", description = "For an order on hold whose payment was "
            + "declined: the customer's new gateway token (and optionally another method; a card number is refused: "
            + "400 card-data-refused). A new authorisation attempt; when it succeeds and the decline was the order's "
            + "only hold, the order goes on to fulfillment. Answers the attempt (FAILED when declined again). Any "
            + "other order: 409 invalid-transition.")
    ResponseEntity<TransactionResponse> authorize(@PathVariable String id,
                                                  @Valid @RequestBody AuthorizeRequest request, Principal caller) {
        OrderId orderId = parse(id);
        return created(orderId, payments.authorizeAgain(orderId, request.method(), request.token(),
                caller.getName()));
    }

    @PostMapping("/refunds")
    @Operation(summary = "Refund captured money", description = "Never more than captured minus refunded "
            + "(refunds awaiting the gateway count): 409 refund-exceeds-captured with `refundable`. lines (optional) "
            + "record which order lines the refund is for. Send an Idempotency-Key to retry safely.")
    ResponseEntity<TransactionResponse> refund(@PathVariable String id, @Valid @RequestBody RefundRequest request,
            @Parameter(description = "Makes retries safe: same key and body replays the first response")
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey, Principal caller) {
        OrderId orderId = parse(id);
        List<RefundPayment.Line> lines = request.lines() == null ? null : request.lines().stream()
                .map(l -> new RefundPayment.Line(l.sku(), l.quantity())).toList();
        return created(orderId, payments.refund(orderId, new RefundPayment(request.amount().toMoney("amount"),
                request.reason().strip(), lines, null, caller.getName())));
    }

    @PostMapping("/payments/manual")
    @Operation(summary = "Record a payment staff received", description = "method: cash, bank_transfer, cod or "
            + "other; reference: bank reference or receipt number (a card number is refused: 400 "
            + "card-data-refused). More than the order owes: 409 payment-exceeds-due. Once the order is covered, "
            + "a payment awaited by processing is settled.")
    ResponseEntity<TransactionResponse> manual(@PathVariable String id,
                                               @Valid @RequestBody ManualPaymentRequest request, Principal caller) {
        OrderId orderId = parse(id);
        return created(orderId, payments.recordManualPayment(orderId, new RecordManualPayment(
                request.amount().toMoney("amount"), request.method().strip(),
                request.reference() == null || request.reference().isBlank() ? null : request.reference().strip(),
                caller.getName())));
    }

    private static ResponseEntity<TransactionResponse> created(OrderId orderId, PaymentTransaction t) {
        return ResponseEntity.created(URI.create("/api/v1/orders/" + orderId + "/payments"))
                .body(TransactionResponse.of(t));
    }

    static OrderId parse(String id) {
        return new OrderId(NotFound.uuid("Order", id));
    }
}
