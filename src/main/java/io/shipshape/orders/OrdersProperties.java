package io.shipshape.orders;


import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code shipshape.orders.*}: the prefix of human order numbers. */
@ConfigurationProperties("shipshape.orders")
record OrdersProperties(@DefaultValue("SO-") String numberPrefix) {
}
