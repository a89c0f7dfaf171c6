package io.shipshape.fulfillment.web;

import java.util.Comparator;
import java.util.List;

import io.shipshape.fulfillment.Carriers;
import io.shipshape.fulfillment.web.FulfillmentApiModels.Carrier;
import io.shipshape.fulfillment.web.FulfillmentApiModels.CarrierRequest;
import io.shipshape.shared.Cursor;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/carriers}: the carrier registry (built-ins and custom carriers). */
@RestController
@RequestMapping(value = "/api/v1/carriers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Fulfillment")
class CarrierApiController {

    private final Carriers carriers;

    CarrierApiController(Carriers carriers) {
        this.carriers = carriers;
    }

    @GetMapping
    @Operation(summary = "The carriers, by code", description = "?limit= (default 50, max 500) and ?cursor= (the "
            + "previous page's nextCursor, null on the last page).")
    Page<Carrier> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        String after = page.cursor() == null ? null : Cursor.decode(page.cursor());
        List<Carrier> rows = carriers.list().stream().map(Carrier::of).sorted(Comparator.comparing(Carrier::code))
                .filter(c -> after == null || c.code().compareTo(after) > 0).limit(page.limit() + 1L).toList();
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, null);
        }
        List<Carrier> items = rows.subList(0, page.limit());
        return new Page<>(items, Cursor.encode(items.get(items.size() - 1).code()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a custom carrier: trackingUrl must contain {trackingNumber}")
    Carrier add(@Valid @RequestBody CarrierRequest r) {
        return Carrier.of(carriers.add(r.code(), r.name(), r.trackingUrl()));
    }
}
