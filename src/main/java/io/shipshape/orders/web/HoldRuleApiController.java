package io.shipshape.orders.web;

import java.net.URI;
import java.util.UUID;

import io.shipshape.orders.HoldRules;
import io.shipshape.orders.web.HoldRuleApiModels.HoldRuleRequest;
import io.shipshape.orders.web.HoldRuleApiModels.HoldRuleResponse;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/hold-rules}: rules the processing pipeline applies to every new order (orders:write to change). */
@RestController
@RequestMapping(value = "/api/v1/hold-rules", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Hold rules")
class HoldRuleApiController {

    private final HoldRules rules;

    HoldRuleApiController(HoldRules rules) {
        this.rules = rules;
    }

    @GetMapping
    @Operation(summary = "List hold rules", description = "Oldest first, the order in which they are evaluated; "
            + "limit (default 50, max 500) and cursor as every list.")
    Page<HoldRuleResponse> list(@RequestParam(required = false) Integer limit,
                                @RequestParam(required = false) String cursor) {
        return rules.list(PageRequest.of(limit, cursor)).map(HoldRuleResponse::of);
    }

    @GetMapping("/{id}")
    HoldRuleResponse get(@PathVariable String id) {
        return HoldRuleResponse.of(rules.get(parse(id)));
    }

    @PostMapping
    @Operation(summary = "Create a hold rule", description = "condition {type, ...}: TOTAL_ABOVE {amount}, "
            + "FIRST_ORDER, COUNTRIES_DIFFER, SKU_QUANTITY_ABOVE {sku, quantity}, CHANNEL_IN {channels}, "
            + "EMAIL_DOMAIN_IN {domains}, SHIPPING_COUNTRY_IN {countries}, SKU_IN {skus}, "
            + "EMAIL_ORDERS_LAST_HOUR_ABOVE {count}; action {type: HOLD {reason} | TAG {tag} | PRIORITY {priority}}."
            + " Every matching enabled rule applies; a duplicate name is 409 conflict.")
    ResponseEntity<HoldRuleResponse> create(@Valid @RequestBody HoldRuleRequest request) {
        HoldRuleResponse created = HoldRuleResponse.of(rules.create(request.toCommand()));
        return ResponseEntity.created(URI.create("/api/v1/hold-rules/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a hold rule")
    HoldRuleResponse update(@PathVariable String id, @Valid @RequestBody HoldRuleRequest request) {
        return HoldRuleResponse.of(rules.update(parse(id), request.toCommand()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        rules.delete(parse(id));
        return ResponseEntity.noContent().build();
    }

    private static UUID parse(String id) {
        return NotFound.uuid("Hold rule", id);
    }
}
