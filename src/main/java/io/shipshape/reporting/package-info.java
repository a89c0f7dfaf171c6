/**
 * Reporting: KPIs, trends, forecasts and exports. A leaf: it reads other modules' public APIs (and later
 * builds its own tables from their events); nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package io.shipshape.reporting;
