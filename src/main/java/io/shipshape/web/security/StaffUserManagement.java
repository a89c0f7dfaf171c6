package io.shipshape.web.security;

import java.time.Clock;
import java.util.Set;

import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import io.shipshape.web.security.StaffUserRepository.StaffUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff users of the back office. Passwords are hashed with the delegating encoder (bcrypt by default);
 * users sign in by form (the back office) and act with their {@link Role}s.
 */
@Service
public class StaffUserManagement implements UserDetailsService {

    private final StaffUserRepository users;
    private final PasswordEncoder passwords;
    private final IdGenerator ids;
    private final Clock clock;

    StaffUserManagement(StaffUserRepository users, PasswordEncoder passwords, IdGenerator ids, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public void create(String username, String displayName, String rawPassword, Set<Role> roles) {
        if (rawPassword == null || rawPassword.length() < 8) {
            throw InvalidRequest.of("password", "must be at least 8 characters");
        }
        String name = username == null ? "" : username.trim().toLowerCase();
        if (!name.matches("[a-z0-9._@-]{2,100}")) {
            throw InvalidRequest.of("username", "2 to 100 letters, digits, '.', '_', '@' or '-'");
        }
        if (roles.isEmpty()) {
            throw InvalidRequest.of("roles", "choose at least one role");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new DomainException(ProblemType.CONFLICT, "User " + name + " already exists");
        }
        users.insert(new StaffUser(ids.next(), name, displayName, passwords.encode(rawPassword), Set.copyOf(roles),
                true, Times.now(clock)));
    }

    /** A staff user as the back office lists them (never the password hash). */
    public record StaffUserView(String username, String displayName, Set<Role> roles, boolean enabled,
                                java.time.Instant createdAt) {
    }

    public java.util.List<StaffUserView> list() {
        return users.findAll().stream().map(StaffUserManagement::view).toList();
    }

    public StaffUserView get(String username) {
        return view(find(username));
    }

    /** Enables or disables a user and sets their roles. Nobody can lock themselves out. */
    @Transactional
    public StaffUserView update(String username, boolean enabled, Set<Role> roles, String actor) {
        StaffUser user = find(username);
        if (roles.isEmpty()) {
            throw InvalidRequest.of("roles", "choose at least one role");
        }
        if (user.username().equals(actor) && (!enabled || !roles.contains(Role.ADMIN))) {
            throw new DomainException(ProblemType.BUSINESS_RULE,
                    "You cannot disable yourself or take away your own ADMIN role");
        }
        users.update(user.username(), enabled, Set.copyOf(roles));
        return get(user.username());
    }

    @Transactional
    public void resetPassword(String username, String rawPassword) {
        StaffUser user = find(username);
        if (rawPassword == null || rawPassword.length() < 8) {
            throw InvalidRequest.of("password", "must be at least 8 characters");
        }
        users.updatePassword(user.username(), passwords.encode(rawPassword));
    }

    private StaffUser find(String username) {
        return users.findByUsername(username).orElseThrow(() -> new io.shipshape.shared.NotFound("User", username));
    }

    private static StaffUserView view(StaffUser u) {
        return new StaffUserView(u.username(), u.displayName(), u.roles(), u.enabled(), u.createdAt());
    }

    public boolean anyExists() {
        return users.count() > 0;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffUser user = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .disabled(!user.enabled())
                .authorities(user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
                .build();
    }
}
