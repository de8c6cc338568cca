package pl.infolinia.server.support;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.user.PasswordHasher;
import pl.infolinia.server.user.Role;
import pl.infolinia.server.user.User;
import pl.infolinia.server.user.Username;
import pl.infolinia.server.user.Users;

/** Creates users of their own for tests that change a user's state, so that shared demo users stay as they are. */
@Component
public class TestUsers {

    private final Users users;
    private final PasswordHasher passwords;

    TestUsers(Users users, PasswordHasher passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    public Username create(String office, Role role, String password) {
        Username name = new Username("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
        users.create(new User(name, "Test " + name, Optional.of(new OfficeCode(office)), Set.of(role), true, 0,
                Optional.empty(), false), passwords.hash(name, password));
        return name;
    }
}
