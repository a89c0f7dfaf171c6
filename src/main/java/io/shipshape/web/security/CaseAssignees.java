package io.shipshape.web.security;

import java.util.List;

import io.shipshape.returns.StaffDirectory;
import org.springframework.stereotype.Component;

/** The staff users as the returns module's {@link StaffDirectory}: who a customer case can be assigned to. */
@Component
class CaseAssignees implements StaffDirectory {

    private final StaffUserManagement users;

    CaseAssignees(StaffUserManagement users) {
        this.users = users;
    }

    @Override
    public boolean isActiveStaff(String username) {
        return users.list().stream().anyMatch(u -> u.enabled() && u.username().equals(username));
    }

    @Override
    public List<String> activeStaff() {
        return users.list().stream().filter(StaffUserManagement.StaffUserView::enabled)
                .map(StaffUserManagement.StaffUserView::username).sorted().toList();
    }
}
