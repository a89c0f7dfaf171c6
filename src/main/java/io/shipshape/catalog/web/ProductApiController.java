package io.shipshape.catalog.web;

import java.net.URI;

import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.ProductView;
import io.shipshape.catalog.web.ProductApiModels.CreateProductRequest;
import io.shipshape.catalog.web.ProductApiModels.ProductResponse;
import io.shipshape.catalog.web.ProductApiModels.UpdateProductRequest;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/products}: create, read, search and change products (scopes {@code catalog:read/write}). */
@RestController
@RequestMapping(value = "/api/v1/products", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Products")
class ProductApiController {

    private final CatalogManagement catalog;

    ProductApiController(CatalogManagement catalog) {
        this.catalog = catalog;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a product; a SKU that exists is a 409 duplicate-sku")
    ResponseEntity<ProductResponse> create(@Valid @RequestBody CreateProductRequest request) {
        ProductView product = catalog.create(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/products/" + product.sku()))
                .body(ProductResponse.of(product));
    }

    @GetMapping("/{sku}")
    @Operation(summary = "Get a product by SKU")
    ProductResponse get(@PathVariable String sku) {
        return ProductResponse.of(catalog.get(sku));
    }

    @GetMapping
    @Operation(summary = "List products in SKU order; query matches a SKU prefix or part of the name, any case")
    Page<ProductResponse> list(@RequestParam(required = false) String query,
                               @RequestParam(required = false) Integer limit,
                               @RequestParam(required = false) String cursor) {
        return catalog.list(query, PageRequest.of(limit, cursor)).map(ProductResponse::of);
    }

    @PatchMapping(path = "/{sku}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change some fields of a product; absent fields stay, \"barcode\": \"\" removes it")
    ProductResponse update(@PathVariable String sku, @Valid @RequestBody UpdateProductRequest request) {
        return ProductResponse.of(catalog.update(sku, request.toCommand()));
    }
}
