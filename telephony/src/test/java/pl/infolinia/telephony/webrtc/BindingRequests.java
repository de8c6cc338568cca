package pl.infolinia.telephony.webrtc;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** STUN Binding requests as a browser sends them in its connectivity checks. */
final class BindingRequests {

    private BindingRequests() {
    }

    /**
     * USERNAME "ours:brws", USE-CANDIDATE when the browser nominates the pair, MESSAGE-INTEGRITY
     * made with our ICE password.
     */
    static byte[] check(String ufrag, String password, boolean nominating) {
        byte[] username = (ufrag + ":brws").getBytes(StandardCharsets.UTF_8);
        int padded = (username.length + 3) & ~3;
        int attributes = 4 + padded + (nominating ? 4 : 0) + 24;
        ByteBuffer message = ByteBuffer.allocate(20 + attributes);
        message.putShort((short) 1).putShort((short) attributes).putInt(0x2112A442)
                .put(HexFormat.of().parseHex("0102030405060708090a0b0c"));
        message.putShort((short) 6).putShort((short) username.length).put(username);
        message.position(20 + 4 + padded);
        if (nominating) {
            message.putShort((short) 0x0025).putShort((short) 0);
        }
        try {
            Mac hmac = Mac.getInstance("HmacSHA1");
            hmac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            hmac.update(message.array(), 0, message.position());
            message.putShort((short) 8).putShort((short) 20).put(hmac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return message.array();
    }
}
