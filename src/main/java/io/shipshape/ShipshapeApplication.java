package io.shipshape;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ShipshapeApplication {
    public static void main(String[] args) {
        SpringApplication.run(ShipshapeApplication.class, args);
    }
}
