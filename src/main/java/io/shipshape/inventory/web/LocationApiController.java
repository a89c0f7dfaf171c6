package io.shipshape.inventory.web;

import java.net.URI;

import io.shipshape.inventory.CreateLocation;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.web.InventoryApiModels.CreateLocationRequest;
import io.shipshape.inventory.web.InventoryApiModels.LocationList;
import io.shipshape.inventory.web.InventoryApiModels.LocationResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/locations}: warehouses and stores. */
@RestController
@RequestMapping(value = "/api/v1/locations", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Locations")
class LocationApiController {

    private final InventoryManagement inventory;

    LocationApiController(InventoryManagement inventory) {
        this.inventory = inventory;
    }

    @PostMapping
    ResponseEntity<LocationResponse> create(@Valid @RequestBody CreateLocationRequest r) {
        var created = inventory.createLocation(new CreateLocation(r.code(), r.name(), r.type(), r.address().toAddress(),
                r.latitude(), r.longitude(), r.priority()));
        return ResponseEntity.created(URI.create("/api/v1/locations/" + created.code()))
                .body(LocationResponse.of(created));
    }

    @GetMapping
    LocationList list() {
        return new LocationList(inventory.locations().stream().map(LocationResponse::of).toList(), null);
    }

    @GetMapping("/{code}")
    LocationResponse get(@PathVariable String code) {
        return LocationResponse.of(inventory.location(code));
    }
}
