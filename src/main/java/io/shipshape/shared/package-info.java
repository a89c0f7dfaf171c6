/**
 * Shared kernel: money, identifiers, time, problems and paging. Depends on nothing else in Shipshape;
 * every module may use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.shipshape.shared;
