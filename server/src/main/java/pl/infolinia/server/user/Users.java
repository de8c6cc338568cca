package pl.infolinia.server.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pl.infolinia.server.office.OfficeCode;

/** The users who can sign in, with their roles, password hashes and failed-login counts. */
public interface Users {

    Optional<User> find(Username username);

    Optional<String> passwordHash(Username username);

    List<User> all();

    List<User> inOffice(OfficeCode office);

    /** The SIP digest HA1 of the user's phone account, if a password was set since SIP accounts exist. */
    Optional<String> sipHa1(Username username);

    /** Adds a user who does not exist yet. */
    void create(User user, StoredPassword password);

    /** Changes the display name, office, roles and enabled flag of an existing user. */
    void update(User user);

    void changePassword(Username username, StoredPassword password);

    /**
     * Counts one more failed login; once the count reaches {@code maxFailures} the account is
     * locked until {@code lockUntil}. Returns the user as stored afterwards.
     */
    Optional<User> recordFailedLogin(Username username, int maxFailures, Instant lockUntil);

    /** Clears the failed-login count and any lock. */
    void clearFailedLogins(Username username);

    boolean isEmpty();
}
