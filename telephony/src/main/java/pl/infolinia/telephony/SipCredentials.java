package pl.infolinia.telephony;

import java.util.Optional;

/**
 * The engine's port for SIP account secrets: who may register, and with which password.
 *
 * <p>The server backs it with its users; tests use a map. Called on SIP threads for every
 * authenticated request, so it should answer from memory or a fast store.
 */
@FunctionalInterface
public interface SipCredentials {

    /** The SIP password of a user, or empty if there is no such SIP account. */
    Optional<String> password(String userName);
}
