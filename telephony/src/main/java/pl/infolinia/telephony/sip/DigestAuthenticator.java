package pl.infolinia.telephony.sip;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import pl.infolinia.telephony.SipCredentials;

/**
 * HTTP digest authentication of SIP requests (RFC 3261 §22, RFC 2617, MD5 with qop=auth).
 *
 * <p>Nonces carry their issue time and an HMAC of it under a per-process key, so no nonce has
 * to be stored and an old or forged one is recognised. An expired but genuine nonce is
 * reported as stale, letting the phone retry without asking its user again.
 */
final class DigestAuthenticator {

    /** The outcome of checking one Authorization header. */
    enum Verdict { ACCEPTED, STALE, REFUSED }

    private static final Duration NONCE_LIFETIME = Duration.ofMinutes(5);

    private final String realm;
    private final SipCredentials credentials;
    private final Clock clock;
    private final SecretKeySpec nonceKey;

    DigestAuthenticator(String realm, SipCredentials credentials, Clock clock) {
        this.realm = realm;
        this.credentials = credentials;
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.nonceKey = new SecretKeySpec(key, "HmacSHA256");
    }

    String realm() {
        return realm;
    }

    /** The value of a WWW-Authenticate header asking for digest credentials. */
    String challenge(boolean stale) {
        return "Digest realm=\"" + realm + "\", nonce=\"" + nonce(clock.millis()) + "\", algorithm=MD5, qop=\"auth\""
                + (stale ? ", stale=TRUE" : "");
    }

    String nonce(long issuedMillis) {
        byte[] time = ByteBuffer.allocate(8).putLong(issuedMillis).array();
        ByteBuffer nonce = ByteBuffer.allocate(8 + 16).put(time).put(mac(time), 0, 16);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce.array());
    }

    Verdict verify(DigestResponse response, String method) {
        if (!realm.equals(response.realm()) || !"MD5".equalsIgnoreCase(response.algorithm())) {
            return Verdict.REFUSED;
        }
        Optional<Long> issued = issuedAt(response.nonce());
        if (issued.isEmpty()) {
            return Verdict.REFUSED;
        }
        Optional<String> stored = credentials.ha1(response.userName(), realm);
        if (stored.isEmpty()) {
            return Verdict.REFUSED;
        }
        String ha1 = stored.get().toLowerCase(Locale.ROOT);
        String ha2 = md5(method + ":" + response.uri());
        String expected = response.qop() == null
                ? md5(ha1 + ":" + response.nonce() + ":" + ha2)
                : md5(ha1 + ":" + response.nonce() + ":" + response.nonceCount() + ":" + response.cnonce()
                        + ":" + response.qop() + ":" + ha2);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                String.valueOf(response.response()).toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.REFUSED;
        }
        return clock.millis() - issued.get() > NONCE_LIFETIME.toMillis() ? Verdict.STALE : Verdict.ACCEPTED;
    }

    private Optional<Long> issuedAt(String nonce) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(String.valueOf(nonce));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != 24) {
            return Optional.empty();
        }
        byte[] time = java.util.Arrays.copyOfRange(bytes, 0, 8);
        byte[] expectedMac = java.util.Arrays.copyOf(mac(time), 16);
        if (!MessageDigest.isEqual(expectedMac, java.util.Arrays.copyOfRange(bytes, 8, 24))) {
            return Optional.empty();
        }
        return Optional.of(ByteBuffer.wrap(time).getLong());
    }

    private byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(nonceKey);
            return mac.doFinal(data);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
        }
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JDK", e);
        }
    }
}
