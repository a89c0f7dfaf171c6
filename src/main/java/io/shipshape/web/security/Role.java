package io.shipshape.web.security;

/** What a staff user of the back office is allowed to do; granted as {@code ROLE_<name>}. */
public enum Role {
    ADMIN, MANAGER, WAREHOUSE, SUPPORT, VIEWER
}
