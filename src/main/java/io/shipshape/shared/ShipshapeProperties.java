package io.shipshape.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The installation-wide settings under {@code shipshape.*}: where embedded data lives, whether to load demo
 * data into an empty database, and the public address used in links sent to customers (tracking pages).
 */
@ConfigurationProperties("shipshape")
public record ShipshapeProperties(@DefaultValue("./data") String dataDir, @DefaultValue("false") boolean demo,
                                  @DefaultValue("http://localhost:8080") String publicBaseUrl) {
}
