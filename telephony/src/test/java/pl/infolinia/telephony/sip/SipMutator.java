package pl.infolinia.telephony.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Breaks valid SIP messages the ways a fuzzer would: cut, doubled, swollen, garbled. */
final class SipMutator {

    private final Random random;

    SipMutator(long seed) {
        this.random = new Random(seed);
    }

    byte[] mutate(String message) {
        return switch (random.nextInt(9)) {
            case 0 -> truncate(message.getBytes(StandardCharsets.UTF_8));
            case 1 -> bytes(duplicateHeader(message));
            case 2 -> bytes(swellHeader(message));
            case 3 -> flipBytes(message.getBytes(StandardCharsets.UTF_8));
            case 4 -> bytes(dropLine(message));
            case 5 -> bytes(message.replace("\r\n", "\n"));
            case 6 -> bytes(message.replaceFirst("Content-Length: \\d+", "Content-Length: " + (random.nextInt(3) - 1) * random.nextInt(100000)));
            case 7 -> bytes(message.replaceFirst("CSeq: \\d+", "CSeq: " + Long.toString(random.nextLong())));
            default -> insertJunk(message.getBytes(StandardCharsets.UTF_8));
        };
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] truncate(byte[] message) {
        return Arrays.copyOf(message, random.nextInt(message.length));
    }

    private String duplicateHeader(String message) {
        List<String> lines = new ArrayList<>(Arrays.asList(message.split("\r\n", -1)));
        int header = 1 + random.nextInt(Math.max(1, lines.indexOf("") - 1));
        lines.add(header, lines.get(header));
        return String.join("\r\n", lines);
    }

    private String swellHeader(String message) {
        String huge = "X-Swollen: " + "a;b,c\"".repeat(200 + random.nextInt(3000)) + "\r\n";
        return message.replaceFirst("Max-Forwards", huge + "Max-Forwards");
    }

    private byte[] flipBytes(byte[] message) {
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
            message[random.nextInt(message.length)] = (byte) random.nextInt(256);
        }
        return message;
    }

    private String dropLine(String message) {
        List<String> lines = new ArrayList<>(Arrays.asList(message.split("\r\n", -1)));
        lines.remove(random.nextInt(Math.max(1, lines.indexOf(""))));
        return String.join("\r\n", lines);
    }

    private byte[] insertJunk(byte[] message) {
        int at = random.nextInt(message.length);
        byte[] junk = {0, (byte) 0xFF, '\r', '<', '"', ';', 0x7F};
        byte[] out = new byte[message.length + 1];
        System.arraycopy(message, 0, out, 0, at);
        out[at] = junk[random.nextInt(junk.length)];
        System.arraycopy(message, at, out, at + 1, message.length - at);
        return out;
    }
}
