package pl.infolinia.server.telephony;

import java.util.Optional;
import org.springframework.stereotype.Component;
import pl.infolinia.server.user.PasswordHasher;
import pl.infolinia.server.user.Role;
import pl.infolinia.server.user.User;
import pl.infolinia.server.user.Username;
import pl.infolinia.server.user.Users;
import pl.infolinia.telephony.SipCredentials;

/**
 * Phones register with their user's name and password: consultants and supervisors whose account
 * is enabled, checked against the HA1 kept beside the password hash.
 */
@Component
class UserSipCredentials implements SipCredentials {

    private final Users users;

    UserSipCredentials(Users users) {
        this.users = users;
    }

    @Override
    public Optional<String> ha1(String userName, String realm) {
        if (!PasswordHasher.SIP_REALM.equals(realm) || !Username.isValid(userName)) {
            return Optional.empty();
        }
        Username username = new Username(userName);
        return users.find(username).filter(UserSipCredentials::hasPhone).flatMap(user -> users.sipHa1(username));
    }

    private static boolean hasPhone(User user) {
        return user.enabled() && (user.has(Role.AGENT) || user.has(Role.SUPERVISOR));
    }
}
