package pl.infolinia.server.user;

import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator of a new installation from {@code infolinia.bootstrap.admin.user}
 * and {@code .password}; does nothing once any user exists.
 */
@Component
@Order(1)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    private static final int MIN_PASSWORD_LENGTH = 12;

    private final Users users;
    private final PasswordHasher passwords;
    private final String name;
    private final String password;

    BootstrapAdmin(Users users, PasswordHasher passwords,
            @Value("${infolinia.bootstrap.admin.user:}") String name,
            @Value("${infolinia.bootstrap.admin.password:}") String password) {
        this.users = users;
        this.passwords = passwords;
        this.name = name;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!users.isEmpty()) {
            return;
        }
        if (name.isEmpty() || password.length() < MIN_PASSWORD_LENGTH || !Username.isValid(name)) {
            log.warn("No user can sign in yet: set --bootstrap-admin-user and --bootstrap-admin-password"
                    + " (INFOLINIA_BOOTSTRAP_ADMIN_USER, INFOLINIA_BOOTSTRAP_ADMIN_PASSWORD; a valid user name and a"
                    + " password of at least {} characters) to create the first administrator.", MIN_PASSWORD_LENGTH);
            return;
        }
        Username admin = new Username(name);
        users.create(new User(admin, "Administrator", Optional.empty(), Set.of(Role.ADMIN), true, 0,
                Optional.empty(), false), passwords.hash(admin, password));
        log.info("Created the first administrator '{}'.", name);
    }
}
