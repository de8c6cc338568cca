package pl.infolinia.telephony.webrtc;

import java.security.SecureRandom;

/**
 * Our ICE username fragment and password for one browser connection (RFC 8839 §5.4: at least
 * 4 and 22 characters of the ice-char set); the password signs the connectivity checks.
 */
record IceCredentials(String ufrag, String password) {

    private static final String ICE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    static IceCredentials random(SecureRandom random) {
        return new IceCredentials(chars(random, 8), chars(random, 24));
    }

    private static String chars(SecureRandom random, int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append(ICE_CHARS.charAt(random.nextInt(ICE_CHARS.length())));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "IceCredentials[" + ufrag + ", password hidden]";
    }
}
