/**
 * Demo data: with {@code shipshape.demo=true} a runner fills a database that has no demo data yet with a small
 * outdoor and apparel shop (locations, products, stock, customers, a few hundred orders of the last six weeks),
 * entirely through the other modules' public APIs, so the data obeys every rule they enforce. A leaf: nothing
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"shared", "catalog", "customers", "inventory", "orders"})
package io.shipshape.demo;
