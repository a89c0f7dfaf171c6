package io.shipshape.orders;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shipshape.tax.*}: a flat tax rate per destination country in basis points (1900 = 19%); countries not
 * listed are not taxed. {@code includeShipping}: whether shipping is taxed too.
 */
@ConfigurationProperties("shipshape.tax")
record TaxProperties(Map<String, Integer> ratesBasisPoints, @DefaultValue("true") boolean includeShipping) {

    TaxProperties {
        ratesBasisPoints = ratesBasisPoints == null ? Map.of() : Map.copyOf(ratesBasisPoints);
    }

    int rateFor(String country) {
        return country == null ? 0 : ratesBasisPoints.getOrDefault(country, 0);
    }
}
