package pl.infolinia.telephony.webrtc;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * ICE-lite's half of a connectivity check: answers a browser's STUN Binding request (RFC 5389,
 * RFC 8445 §7.3) that carries our ufrag and a MESSAGE-INTEGRITY made with our password, with
 * XOR-MAPPED-ADDRESS, MESSAGE-INTEGRITY and FINGERPRINT.
 *
 * <p>Anything else (other methods, wrong user, forged integrity) gets no answer at all.
 */
final class StunBinding {

    private static final int BINDING_REQUEST = 0x0001;
    private static final int BINDING_SUCCESS = 0x0101;
    private static final int MAGIC_COOKIE = 0x2112A442;
    private static final int USERNAME = 0x0006;
    private static final int USE_CANDIDATE = 0x0025;
    private static final int MESSAGE_INTEGRITY = 0x0008;
    private static final int XOR_MAPPED_ADDRESS = 0x0020;
    private static final int FINGERPRINT = 0x8028;
    private static final int FINGERPRINT_XOR = 0x5354554e;
    private static final int HEADER = 20;

    private final String localUfrag;
    private final byte[] localPassword;

    StunBinding(String localUfrag, String localPassword) {
        this.localUfrag = localUfrag;
        this.localPassword = localPassword.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the first byte says STUN (RFC 7983: 0-3). */
    static boolean isStun(byte[] packet, int length) {
        return length >= HEADER && (packet[0] & 0xff) < 4;
    }

    /**
     * A valid check: the success response to send back, and whether the browser (the controlling
     * agent) nominated the pair it came on (USE-CANDIDATE, RFC 8445 §7.3.1.5).
     */
    record Check(byte[] response, boolean nominates) {
    }

    /** The answer to a valid Binding request from {@code from}, or empty. */
    Optional<Check> answer(byte[] packet, int length, InetSocketAddress from) {
        ByteBuffer in = ByteBuffer.wrap(packet, 0, length);
        if (length < HEADER || in.getShort(0) != BINDING_REQUEST || in.getInt(4) != MAGIC_COOKIE
                || (in.getShort(2) & 0xffff) + HEADER != length || !(from.getAddress() instanceof Inet4Address)) {
            return Optional.empty();
        }
        String username = null;
        boolean nominates = false;
        int integrityAt = -1;
        for (int at = HEADER; at + 4 <= length; ) {
            int type = in.getShort(at) & 0xffff;
            int valueLength = in.getShort(at + 2) & 0xffff;
            if (at + 4 + valueLength > length) {
                return Optional.empty();
            }
            if (type == USERNAME) {
                username = new String(packet, at + 4, valueLength, StandardCharsets.UTF_8);
            } else if (type == USE_CANDIDATE) {
                nominates = true;
            } else if (type == MESSAGE_INTEGRITY && valueLength == 20) {
                integrityAt = at;
                break; // only FINGERPRINT may follow, and it is not covered
            }
            at += 4 + ((valueLength + 3) & ~3);
        }
        if (username == null || !username.startsWith(localUfrag + ":") || integrityAt < 0
                || !integrityHolds(packet, integrityAt)) {
            return Optional.empty();
        }
        return Optional.of(new Check(success(Arrays.copyOfRange(packet, 8, HEADER), from), nominates));
    }

    // the HMAC covers the message up to MESSAGE-INTEGRITY, with the length as if it ended there
    boolean integrityHolds(byte[] packet, int integrityAt) {
        byte[] covered = Arrays.copyOf(packet, integrityAt);
        int lengthWithIntegrity = integrityAt + 24 - HEADER;
        covered[2] = (byte) (lengthWithIntegrity >>> 8);
        covered[3] = (byte) lengthWithIntegrity;
        return MessageDigest.isEqual(hmac(covered), Arrays.copyOfRange(packet, integrityAt + 4, integrityAt + 24));
    }

    private byte[] success(byte[] transactionId, InetSocketAddress from) {
        ByteBuffer out = ByteBuffer.allocate(HEADER + 12 + 24 + 8);
        out.putShort((short) BINDING_SUCCESS).putShort((short) 0).putInt(MAGIC_COOKIE).put(transactionId);
        byte[] address = from.getAddress().getAddress();
        out.putShort((short) XOR_MAPPED_ADDRESS).putShort((short) 8).put((byte) 0).put((byte) 1)
                .putShort((short) (from.getPort() ^ (MAGIC_COOKIE >>> 16)));
        for (int i = 0; i < 4; i++) {
            out.put((byte) (address[i] ^ (MAGIC_COOKIE >>> (24 - 8 * i))));
        }
        out.putShort(2, (short) (out.position() + 24 - HEADER));
        byte[] integrity = hmac(Arrays.copyOf(out.array(), out.position()));
        out.putShort((short) MESSAGE_INTEGRITY).putShort((short) 20).put(integrity);
        out.putShort(2, (short) (out.position() + 8 - HEADER));
        CRC32 crc = new CRC32();
        crc.update(out.array(), 0, out.position());
        out.putShort((short) FINGERPRINT).putShort((short) 4).putInt((int) crc.getValue() ^ FINGERPRINT_XOR);
        return out.array();
    }

    private byte[] hmac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(localPassword, "HmacSHA1"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HMAC-SHA1", e);
        }
    }
}
