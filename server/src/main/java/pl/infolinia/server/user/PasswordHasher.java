package pl.infolinia.server.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Turns a password into what is stored of it: a BCrypt hash, and the HA1 that SIP digest
 * authentication (RFC 2617/8760, MD5) checks phones against.
 */
@Component
public class PasswordHasher {

    /** The realm in agents' phone credentials; HA1 values depend on it. */
    public static final String SIP_REALM = "infolinia";

    private final PasswordEncoder encoder;

    PasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    public StoredPassword hash(Username username, String password) {
        return withBcrypt(username, password, encoder.encode(password));
    }

    /** For many users with one password (the demo): BCrypt once, HA1 per user since it includes the name. */
    public StoredPassword withBcrypt(Username username, String password, String bcryptHash) {
        return new StoredPassword(bcryptHash, sipHa1(username.value(), password));
    }

    public String bcrypt(String password) {
        return encoder.encode(password);
    }

    static String sipHa1(String username, String password) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] digest = md5.digest((username + ":" + SIP_REALM + ":" + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
