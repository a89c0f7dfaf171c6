package io.shipshape.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A back-office controller (server-rendered pages under {@code /admin}). Problems it throws are shown to the
 * staff user as a flash message on the page they came from, not as JSON.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface AdminController {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
