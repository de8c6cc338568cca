package pl.infolinia.server.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import pl.infolinia.server.user.Username;
import pl.infolinia.server.user.Users;

/** Looks up who is signing in, with their lock state as of now. */
@Service
class UserDirectoryDetailsService implements UserDetailsService {

    private final Users users;
    private final Clock clock;

    UserDirectoryDetailsService(Users users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        if (!Username.isValid(name)) {
            throw new UsernameNotFoundException("no such user");
        }
        Username username = new Username(name);
        return users.find(username)
                .flatMap(user -> users.passwordHash(username)
                        .map(hash -> new SignedInUser(user, hash, user.isLockedAt(clock.instant()))))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
