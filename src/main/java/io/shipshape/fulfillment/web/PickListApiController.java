package io.shipshape.fulfillment.web;

import java.security.Principal;
import java.util.List;

import io.shipshape.fulfillment.FulfillmentDocuments;
import io.shipshape.fulfillment.FulfillmentId;
import io.shipshape.fulfillment.PickList;
import io.shipshape.fulfillment.PickLists;
import io.shipshape.fulfillment.web.FulfillmentApiModels.BinRequest;
import io.shipshape.fulfillment.web.FulfillmentApiModels.BinResponse;
import io.shipshape.fulfillment.web.FulfillmentApiModels.PickListRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/pick-lists} (JSON or PDF) and the bins pick lists are sorted by. */
@RestController
@Tag(name = "Fulfillment")
class PickListApiController {

    private final PickLists pickLists;
    private final FulfillmentDocuments documents;

    PickListApiController(PickLists pickLists, FulfillmentDocuments documents) {
        this.pickLists = pickLists;
        this.documents = documents;
    }

    @PostMapping(value = "/api/v1/pick-lists", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Batch fulfillment orders of a location (the named ones, or all OPEN) into a pick list sorted"
            + " by bin, with totals per SKU and per order; they move to PICKING. Accept: application/pdf prints it")
    PickList create(@Valid @RequestBody PickListRequest r, Principal caller) {
        return pickLists.create(r.location(), ids(r), caller.getName());
    }

    @PostMapping(value = "/api/v1/pick-lists", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> print(@Valid @RequestBody PickListRequest r, Principal caller) {
        PickList list = pickLists.create(r.location(), ids(r), caller.getName());
        return FulfillmentApiController.pdf(documents.pickList(list), "pick-list-" + r.location() + ".pdf");
    }

    @PutMapping(value = "/api/v1/fulfillments/bins/{sku}/{location}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set (or with a null bin clear) the bin of a SKU at a location")
    BinResponse setBin(@PathVariable String sku, @PathVariable String location, @Valid @RequestBody BinRequest r) {
        pickLists.setBin(sku, location, r.bin());
        return new BinResponse(sku, location, pickLists.binOf(sku, location));
    }

    @GetMapping(value = "/api/v1/fulfillments/bins/{sku}/{location}", produces = MediaType.APPLICATION_JSON_VALUE)
    BinResponse bin(@PathVariable String sku, @PathVariable String location) {
        return new BinResponse(sku, location, pickLists.binOf(sku, location));
    }

    private static List<FulfillmentId> ids(PickListRequest r) {
        return r.fulfillmentIds() == null ? List.of() : r.fulfillmentIds().stream().map(FulfillmentId::new).toList();
    }
}
