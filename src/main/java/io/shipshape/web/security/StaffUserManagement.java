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
        String name = username.trim().toLowerCase();
        if (users.findByUsername(name).isPresent()) {
            throw new DomainException(ProblemType.CONFLICT, "User " + name + " already exists");
        }
        users.insert(new StaffUser(ids.next(), name, displayName, passwords.encode(rawPassword), Set.copyOf(roles),
                true, Times.now(clock)));
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
