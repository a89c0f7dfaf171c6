/**
 * Cross-cutting HTTP: API-key and staff authentication, scopes, the RFC 9457 problem handler and the
 * problem pages, idempotent POSTs, and the OpenAPI description. Feature controllers live in their modules
 * ({@code <module>/web}); nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package io.shipshape.web;
