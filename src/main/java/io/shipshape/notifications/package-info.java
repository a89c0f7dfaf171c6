/**
 * Notifications: customer emails (order confirmation, shipped, delivered, cancelled, refunded, ready for pickup,
 * staff's reply on a case) sent after commit from other modules' events, each at most once, retried on failure and
 * recorded on the order's timeline (a reply on a case without an order in the send log only); and the public
 * tracking page. A leaf: it reads other modules' public APIs and nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package io.shipshape.notifications;
