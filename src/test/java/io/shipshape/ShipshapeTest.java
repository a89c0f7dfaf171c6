package io.shipshape;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application against the test database (H2 by default, PostgreSQL when .ci/run says so), with
 * MockMvc. All tests with this annotation share one Spring context and one database, so each test makes
 * its own SKUs, locations and emails (see {@link TestData#unique}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface ShipshapeTest {
}
