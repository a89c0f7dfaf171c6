package io.shipshape.fulfillment.web;

import java.util.List;

import io.shipshape.fulfillment.Carriers;
import io.shipshape.fulfillment.web.FulfillmentApiModels.Carrier;
import io.shipshape.fulfillment.web.FulfillmentApiModels.CarrierRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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
    List<Carrier> list() {
        return carriers.list().stream().map(Carrier::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a custom carrier: trackingUrl must contain {trackingNumber}")
    Carrier add(@Valid @RequestBody CarrierRequest r) {
        return Carrier.of(carriers.add(r.code(), r.name(), r.trackingUrl()));
    }
}
