package pl.infolinia.telephony.webrtc;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-CM encryption and HMAC-SHA1-80 authentication of one kind of packet (RTP or RTCP) in one
 * direction, with the JDK's crypto (RFC 3711 §4.1.1 and §4.2.1).
 *
 * <p>Not thread-safe: each direction has its own, used by one thread at a time.
 */
final class SrtpCipher {

    static final int TAG_BYTES = 10;

    private final SecretKeySpec key;
    private final byte[] salt;
    private final Cipher aes;
    private final Mac hmac;

    SrtpCipher(byte[] key, byte[] salt, byte[] authKey) {
        this.key = new SecretKeySpec(key, "AES");
        this.salt = salt.clone();
        try {
            aes = Cipher.getInstance("AES/CTR/NoPadding");
            hmac = Mac.getInstance("HmacSHA1");
            hmac.init(new SecretKeySpec(authKey, "HmacSHA1"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks AES-CTR or HMAC-SHA1", e);
        }
    }

    /**
     * XORs {@code data[offset, offset + length)} with the key stream of packet {@code index}
     * from {@code ssrc}: IV = salt * 2^16 XOR ssrc * 2^64 XOR index * 2^16.
     */
    void crypt(byte[] data, int offset, int length, long ssrc, long index) {
        byte[] iv = new byte[16];
        System.arraycopy(salt, 0, iv, 0, salt.length);
        for (int i = 0; i < 4; i++) {
            iv[4 + i] ^= (byte) (ssrc >>> (24 - 8 * i));
        }
        for (int i = 0; i < 6; i++) {
            iv[8 + i] ^= (byte) (index >>> (40 - 8 * i));
        }
        try {
            aes.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
            aes.doFinal(data, offset, length, data, offset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CTR failed", e);
        }
    }

    /** The 80-bit tag of {@code data[0, length)} followed by the four bytes {@code trailer}. */
    byte[] tag(byte[] data, int length, int trailer) {
        hmac.update(data, 0, length);
        hmac.update(new byte[] {(byte) (trailer >>> 24), (byte) (trailer >>> 16), (byte) (trailer >>> 8), (byte) trailer});
        return Arrays.copyOf(hmac.doFinal(), TAG_BYTES);
    }

    /** Compares in constant time, so that a forger learns nothing from how long a check takes. */
    boolean verify(byte[] data, int length, int trailer, byte[] packet, int tagOffset) {
        byte[] expected = tag(data, length, trailer);
        return MessageDigest.isEqual(expected, Arrays.copyOfRange(packet, tagOffset, tagOffset + TAG_BYTES));
    }
}
