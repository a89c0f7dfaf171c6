package io.shipshape.inventory.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.shipshape.inventory.AdjustStock;
import io.shipshape.inventory.AdjustmentView;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.ReceiptView;
import io.shipshape.inventory.ReceiveStock;
import io.shipshape.inventory.ShipTransfer;
import io.shipshape.inventory.StockLine;
import io.shipshape.inventory.StockOperations;
import io.shipshape.inventory.TransferStatus;
import io.shipshape.inventory.TransferView;
import io.shipshape.inventory.Transfers;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Flash;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Stock operations in the back office: receipts ({@code /admin/inventory/receipts/new}), adjustments
 * ({@code /admin/inventory/adjustments/new}) and transfers ({@code /admin/inventory/transfers}: in transit,
 * ship, receive). Forms post-redirect-get; refused requests come back as a flash problem (AdminProblemHandler).
 */
@AdminController
class StockOperationsAdminController {

    static final int RECEIPT_ROWS = 6;

    private final StockOperations operations;
    private final Transfers transfers;
    private final InventoryManagement inventory;

    StockOperationsAdminController(StockOperations operations, Transfers transfers, InventoryManagement inventory) {
        this.operations = operations;
        this.transfers = transfers;
        this.inventory = inventory;
    }

    @GetMapping("/admin/inventory/receipts/new")
    String receiptForm(@RequestParam(required = false) String sku, @RequestParam(required = false) String location,
                       Model model) {
        model.addAttribute("locations", inventory.locations().stream().filter(l -> l.active()).toList());
        model.addAttribute("sku", sku == null ? "" : sku);
        model.addAttribute("location", location == null ? "" : location);
        model.addAttribute("rows", RECEIPT_ROWS);
        return "inventory/receipt";
    }

    @PostMapping("/admin/inventory/receipts")
    String receive(@RequestParam String location, @RequestParam(required = false) String reference,
                   @RequestParam(name = "sku", required = false) List<String> skus,
                   @RequestParam(name = "quantity", required = false) List<String> quantities, Principal staff,
                   RedirectAttributes redirect) {
        ReceiptView receipt = operations.receive(new ReceiveStock(location, reference, lines(skus, quantities),
                staff.getName()));
        int units = receipt.lines().stream().mapToInt(ReceiptView.Line::quantity).sum();
        Flash.success(redirect, "Received " + units + " units of " + receipt.lines().size() + " SKU(s) at "
                + receipt.location() + (receipt.reference() == null ? "" : " (" + receipt.reference() + ")") + ".");
        return "redirect:/admin/inventory/receipts/new?location=" + receipt.location();
    }

    @GetMapping("/admin/inventory/adjustments/new")
    String adjustmentForm(@RequestParam(required = false) String sku, @RequestParam(required = false) String location,
                          Model model) {
        model.addAttribute("locations", inventory.locations().stream().filter(l -> l.active()).toList());
        model.addAttribute("sku", sku == null ? "" : sku);
        model.addAttribute("location", location == null ? "" : location);
        return "inventory/adjustment";
    }

    @PostMapping("/admin/inventory/adjustments")
    String adjust(@RequestParam String sku, @RequestParam String location, @RequestParam String delta,
                  @RequestParam String reason, Principal staff, RedirectAttributes redirect) {
        AdjustmentView a = operations.adjust(new AdjustStock(sku.strip(), location, number("delta", delta, true),
                reason, staff.getName()));
        Flash.success(redirect, "Adjusted " + a.sku() + " at " + a.location() + " by " + (a.delta() > 0 ? "+" : "")
                + a.delta() + ": " + a.onHand() + " on hand.");
        return "redirect:/admin/inventory/adjustments/new?location=" + a.location();
    }

    /** Transfers, in transit first by default, with the form to ship a new one. */
    @GetMapping("/admin/inventory/transfers")
    String transfers(@RequestParam(required = false) TransferStatus status,
                     @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", TransferStatus.values());
        model.addAttribute("page", transfers.list(status, PageRequest.of(50, cursor)));
        model.addAttribute("locations", inventory.locations().stream().filter(l -> l.active()).toList());
        model.addAttribute("rows", RECEIPT_ROWS);
        return "inventory/transfers";
    }

    @PostMapping("/admin/inventory/transfers")
    String ship(@RequestParam String from, @RequestParam String to,
                @RequestParam(name = "sku", required = false) List<String> skus,
                @RequestParam(name = "quantity", required = false) List<String> quantities, Principal staff,
                RedirectAttributes redirect) {
        TransferView t = transfers.ship(new ShipTransfer(from, to, lines(skus, quantities), staff.getName()));
        Flash.success(redirect, "Transfer shipped from " + t.from() + " to " + t.to() + ": "
                + t.lines().stream().mapToInt(StockLine::quantity).sum() + " units in transit.");
        return "redirect:/admin/inventory/transfers";
    }

    @PostMapping("/admin/inventory/transfers/{id}/receive")
    String receiveTransfer(@PathVariable UUID id, Principal staff, RedirectAttributes redirect) {
        TransferView t = transfers.receive(id, staff.getName());
        Flash.success(redirect, "Transfer received at " + t.to() + ".");
        return "redirect:/admin/inventory/transfers";
    }

    @PostMapping("/admin/inventory/transfers/{id}/cancel")
    String cancelTransfer(@PathVariable UUID id, Principal staff, RedirectAttributes redirect) {
        TransferView t = transfers.cancel(id, staff.getName());
        Flash.success(redirect, "Transfer cancelled: the units are back at " + t.from() + ".");
        return "redirect:/admin/inventory/transfers";
    }

    /** The filled rows of a several-line form (a row with neither SKU nor quantity is skipped). */
    private static List<StockLine> lines(List<String> skus, List<String> quantities) {
        List<StockLine> lines = new ArrayList<>();
        int n = Math.max(skus == null ? 0 : skus.size(), quantities == null ? 0 : quantities.size());
        for (int i = 0; i < n; i++) {
            String sku = skus != null && i < skus.size() ? skus.get(i).strip() : "";
            String quantity = quantities != null && i < quantities.size() ? quantities.get(i).strip() : "";
            if (sku.isEmpty() && quantity.isEmpty()) {
                continue;
            }
            if (sku.isEmpty()) {
                throw InvalidRequest.of("lines[" + i + "].sku", "must not be blank");
            }
            lines.add(new StockLine(sku, number("lines[" + i + "].quantity", quantity, false)));
        }
        return lines;
    }

    private static int number(String field, String text, boolean signed) {
        String pattern = signed ? "[-+]?\\d{1,8}" : "\\d{1,8}";
        if (text == null || !text.strip().matches(pattern)) {
            throw InvalidRequest.of(field, signed ? "must be a whole number such as -3 or 5" : "must be a whole number");
        }
        return Integer.parseInt(text.strip());
    }
}
