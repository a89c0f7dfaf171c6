package io.shipshape.inventory.web;

import java.util.List;

import io.shipshape.inventory.StockLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request records of the stock operations API (adjustments, receipts, transfers; api-v1.md). */
final class StockOperationsApiModels {

    private StockOperationsApiModels() {
    }

    record AdjustmentRequest(@NotBlank @Size(max = 64) String sku,
                             @NotBlank @Size(max = 32) String location,
                             @NotNull @Min(-100_000_000) @Max(100_000_000) Integer delta,
                             @NotBlank @Size(max = 500) String reason) {
    }

    record LineRequest(@NotBlank @Size(max = 64) String sku,
                       @NotNull @Min(1) @Max(100_000_000) Integer quantity) {
        StockLine toLine() {
            return new StockLine(sku, quantity);
        }
    }

    record ReceiptRequest(@NotBlank @Size(max = 32) String location,
                          @Size(max = 100) String reference,
                          @NotEmpty @Size(max = 500) List<@NotNull @Valid LineRequest> lines) {
    }

    record TransferRequest(@NotBlank @Size(max = 32) String from,
                           @NotBlank @Size(max = 32) String to,
                           @NotEmpty @Size(max = 500) List<@NotNull @Valid LineRequest> lines) {
    }

    static List<StockLine> lines(List<LineRequest> lines) {
        return lines.stream().map(LineRequest::toLine).toList();
    }
}
