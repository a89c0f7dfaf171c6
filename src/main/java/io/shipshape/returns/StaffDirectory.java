package io.shipshape.returns;

import java.util.List;

/**
 * Who may be assigned a case: the staff users. The returns module cannot read the web module's users, so it
 * declares this port and the web module's security implements it (as orders declares {@code OrderPayments}).
 */
public interface StaffDirectory {

    /** True when an enabled staff user has this username. */
    boolean isActiveStaff(String username);

    /** The usernames of enabled staff users, sorted (for the assign drop-down). */
    List<String> activeStaff();
}
