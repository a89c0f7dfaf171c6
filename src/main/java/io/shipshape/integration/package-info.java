/**
 * Integration: everything that happens to orders leaves Shipshape from here — a stored, sequenced stream of
 * outgoing events ({@code integration_event}, written in the transaction of each change), delivered as signed
 * webhooks (Standard Webhooks), published to Kafka as CloudEvents, and served as a pull feed. A leaf: it reads
 * other modules' events and public API; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration")
package io.shipshape.integration;
