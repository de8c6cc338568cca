package pl.infolinia.telephony;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * The engine's port for SIP account secrets: who may register, checked by their digest HA1.
 *
 * <p>HA1 is {@code MD5(user:realm:password)} (RFC 2617, RFC 8760 for MD5), so the server can keep
 * it instead of the password, as Kamailio and Asterisk do. Called on SIP threads for every
 * authenticated request, so it should answer from memory or a fast store.
 */
@FunctionalInterface
public interface SipCredentials {

    /** The HA1 of the user's account in {@code realm}, or empty if there is no such SIP account. */
    Optional<String> ha1(String userName, String realm);

    /** Credentials from plain passwords, as tests and small set-ups hold them. */
    static SipCredentials fromPasswords(Function<String, Optional<String>> passwords) {
        return (userName, realm) -> passwords.apply(userName).map(password -> ha1Of(userName, realm, password));
    }

    /** {@code MD5(user:realm:password)} in lower-case hex. */
    static String ha1Of(String userName, String realm, String password) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((userName + ":" + realm + ":" + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
