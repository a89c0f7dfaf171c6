package io.shipshape.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The front door: where the API documentation, the problem catalogue and the health endpoints are. */
@RestController
@Hidden
class HomeController {

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String home() {
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shipshape</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6}</style>
                </head><body><h1>Shipshape</h1><p>Open-source order management.</p><ul>
                <li><a href="/swagger-ui.html">API documentation</a> (OpenAPI at <a href="/v3/api-docs">/v3/api-docs</a>)</li>
                <li><a href="/problems">Problem types</a> the API answers with</li>
                <li><a href="/actuator/health">Health</a></li></ul></body></html>""";
    }
}
