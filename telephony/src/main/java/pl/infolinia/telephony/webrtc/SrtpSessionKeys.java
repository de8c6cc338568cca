package pl.infolinia.telephony.webrtc;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The session keys of one direction of SRTP and SRTCP, derived from a master key and salt by
 * AES-CM as RFC 3711 §4.3 says (key derivation rate 0: derived once).
 *
 * <p>Keys stay inside; {@link #toString()} never shows them.
 */
final class SrtpSessionKeys {

    static final int MASTER_KEY_BYTES = 16;
    static final int MASTER_SALT_BYTES = 14;
    static final int AUTH_KEY_BYTES = 20;

    private static final int RTP_ENCRYPTION = 0;
    private static final int RTP_AUTHENTICATION = 1;
    private static final int RTP_SALT = 2;
    private static final int RTCP_ENCRYPTION = 3;
    private static final int RTCP_AUTHENTICATION = 4;
    private static final int RTCP_SALT = 5;

    final byte[] rtpKey;
    final byte[] rtpAuthKey;
    final byte[] rtpSalt;
    final byte[] rtcpKey;
    final byte[] rtcpAuthKey;
    final byte[] rtcpSalt;

    private SrtpSessionKeys(byte[] masterKey, byte[] masterSalt) throws GeneralSecurityException {
        if (masterKey.length != MASTER_KEY_BYTES || masterSalt.length != MASTER_SALT_BYTES) {
            throw new IllegalArgumentException("SRTP master key must be 16 bytes and salt 14 bytes");
        }
        Cipher aes = Cipher.getInstance("AES/CTR/NoPadding");
        SecretKeySpec master = new SecretKeySpec(masterKey, "AES");
        rtpKey = derive(aes, master, masterSalt, RTP_ENCRYPTION, MASTER_KEY_BYTES);
        rtpAuthKey = derive(aes, master, masterSalt, RTP_AUTHENTICATION, AUTH_KEY_BYTES);
        rtpSalt = derive(aes, master, masterSalt, RTP_SALT, MASTER_SALT_BYTES);
        rtcpKey = derive(aes, master, masterSalt, RTCP_ENCRYPTION, MASTER_KEY_BYTES);
        rtcpAuthKey = derive(aes, master, masterSalt, RTCP_AUTHENTICATION, AUTH_KEY_BYTES);
        rtcpSalt = derive(aes, master, masterSalt, RTCP_SALT, MASTER_SALT_BYTES);
    }

    static SrtpSessionKeys derive(byte[] masterKey, byte[] masterSalt) {
        try {
            return new SrtpSessionKeys(masterKey, masterSalt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks AES-CTR", e);
        }
    }

    // x = label * 2^48 XOR master salt (index / kdr = 0); the key stream of AES-CM at IV x * 2^16
    private static byte[] derive(Cipher aes, SecretKeySpec master, byte[] masterSalt, int label, int length)
            throws GeneralSecurityException {
        byte[] iv = new byte[16];
        System.arraycopy(masterSalt, 0, iv, 0, MASTER_SALT_BYTES);
        iv[7] ^= (byte) label;
        aes.init(Cipher.ENCRYPT_MODE, master, new IvParameterSpec(iv));
        return aes.doFinal(new byte[length]);
    }

    @Override
    public String toString() {
        return "SrtpSessionKeys[hidden]";
    }
}
