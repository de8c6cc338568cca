package pl.infolinia.server.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.user.User;
import pl.infolinia.server.user.Username;
import pl.infolinia.server.user.Users;

/**
 * Locks an account after repeated failed logins, and writes every login attempt to the audit log.
 *
 * <p>Counts failures of the form login and of HTTP Basic alike, so that the API is no way around it.
 */
@Component
class LoginLockout {

    private final Users users;
    private final Auditor auditor;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    LoginLockout(Users users, Auditor auditor, Clock clock,
            @Value("${infolinia.login.max.failures:5}") int maxFailures,
            @Value("${infolinia.login.lock.minutes:15}") int lockMinutes) {
        this.users = users;
        this.auditor = auditor;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String name = event.getAuthentication().getName();
        Optional<User> user = Username.isValid(name) ? users.find(new Username(name)) : Optional.empty();
        auditor.recordAs(name, AuditAction.LOGIN_FAILED, name, user.flatMap(User::office), "bad credentials");
        user.flatMap(found -> users.recordFailedLogin(found.username(), maxFailures, clock.instant().plus(lockFor)))
                .filter(after -> after.isLockedAt(clock.instant()))
                .ifPresent(locked -> auditor.recordAs(name, AuditAction.ACCOUNT_LOCKED, name, locked.office(),
                        "locked for " + lockFor.toMinutes() + " min after " + maxFailures + " failed logins"));
    }

    @EventListener
    void onLocked(AuthenticationFailureLockedEvent event) {
        String name = event.getAuthentication().getName();
        auditor.recordAs(name, AuditAction.LOGIN_REFUSED_LOCKED, name, officeOf(name), "account locked");
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        // HTTP Basic authenticates every API request: touch the database only when there is something to clear
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user && user.failedBefore()) {
            users.clearFailedLogins(new Username(user.getUsername()));
        }
    }

    @EventListener
    void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            auditor.recordAs(user.getUsername(), AuditAction.LOGIN_SUCCEEDED, user.getUsername(), user.office(),
                    "signed in");
        }
    }

    private Optional<OfficeCode> officeOf(String name) {
        return Username.isValid(name) ? users.find(new Username(name)).flatMap(User::office) : Optional.empty();
    }
}
