/**
 * Catalog: the sellable products, one per SKU, with their price, weight, barcode and whether they may be
 * sold without stock. {@link io.shipshape.catalog.CatalogManagement} is the only entry point; other modules
 * read products through it (order capture uses {@code findBySkus}, one query per order).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = "shared")
package io.shipshape.catalog;
