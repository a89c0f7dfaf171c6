package io.shipshape.inventory.web;

import java.security.Principal;
import java.util.UUID;

import io.shipshape.inventory.AdjustStock;
import io.shipshape.inventory.AdjustmentView;
import io.shipshape.inventory.ReceiptView;
import io.shipshape.inventory.ReceiveStock;
import io.shipshape.inventory.ShipTransfer;
import io.shipshape.inventory.StockOperations;
import io.shipshape.inventory.TransferStatus;
import io.shipshape.inventory.TransferView;
import io.shipshape.inventory.Transfers;
import io.shipshape.inventory.web.StockOperationsApiModels.AdjustmentRequest;
import io.shipshape.inventory.web.StockOperationsApiModels.ReceiptRequest;
import io.shipshape.inventory.web.StockOperationsApiModels.TransferRequest;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/inventory}: adjustments, receipts and transfers (counts are in {@link InventoryApiController}). */
@RestController
@RequestMapping(value = "/api/v1/inventory", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Inventory")
class StockOperationsApiController {

    private final StockOperations operations;
    private final Transfers transfers;

    StockOperationsApiController(StockOperations operations, Transfers transfers) {
        this.operations = operations;
        this.transfers = transfers;
    }

    @PostMapping("/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Change on-hand by a delta with a reason (an ADJUSTMENT movement); on-hand never below 0")
    AdjustmentView adjust(@Valid @RequestBody AdjustmentRequest r, Principal caller) {
        return operations.adjust(new AdjustStock(r.sku(), r.location(), r.delta(), r.reason(), caller.getName()));
    }

    @PostMapping("/receipts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Receive goods at a location (RECEIPT movements); fills backorders first-come-first-served")
    ReceiptView receive(@Valid @RequestBody ReceiptRequest r, Principal caller) {
        return operations.receive(new ReceiveStock(r.location(), r.reference(),
                StockOperationsApiModels.lines(r.lines()), caller.getName()));
    }

    @PostMapping("/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ship a transfer: takes available on-hand at 'from' now; in transit until received")
    TransferView ship(@Valid @RequestBody TransferRequest r, Principal caller) {
        return transfers.ship(new ShipTransfer(r.from(), r.to(), StockOperationsApiModels.lines(r.lines()),
                caller.getName()));
    }

    @PostMapping("/transfers/{id}/receive")
    @Operation(summary = "Receive an in-transit transfer at its destination (TRANSFER_IN movements)")
    TransferView receiveTransfer(@PathVariable UUID id, Principal caller) {
        return transfers.receive(id, caller.getName());
    }

    @PostMapping("/transfers/{id}/cancel")
    @Operation(summary = "Cancel an in-transit transfer: its units go back on hand at the source")
    TransferView cancelTransfer(@PathVariable UUID id, Principal caller) {
        return transfers.cancel(id, caller.getName());
    }

    @GetMapping("/transfers")
    Page<TransferView> transfers(@RequestParam(required = false) TransferStatus status,
                                 @RequestParam(required = false) Integer limit,
                                 @RequestParam(required = false) String cursor) {
        return transfers.list(status, PageRequest.of(limit, cursor));
    }

    @GetMapping("/transfers/{id}")
    TransferView transfer(@PathVariable UUID id) {
        return transfers.get(id);
    }
}
