package pl.infolinia.telephony.media;

/**
 * The payload of one RFC 4733 telephone-event packet: a DTMF event, whether it has ended,
 * its volume and its duration so far.
 *
 * @param event    0-9, 10 = *, 11 = #, 12-15 = A-D
 * @param end      set on the final packets of the event
 * @param volume   power level in −dBm0, 0..63
 * @param duration samples since the event's RTP timestamp, 0..65535
 */
public record TelephoneEvent(int event, boolean end, int volume, int duration) {

    private static final String DIGITS = "0123456789*#ABCD";

    public TelephoneEvent {
        if (event < 0 || event > 255 || volume < 0 || volume > 63 || duration < 0 || duration > 0xFFFF) {
            throw new IllegalArgumentException("telephone-event field out of range");
        }
    }

    /** The event for a DTMF key: 0-9, *, #, A-D. */
    public static TelephoneEvent of(char digit, boolean end, int volume, int duration) {
        int event = DIGITS.indexOf(Character.toUpperCase(digit));
        if (event < 0) {
            throw new IllegalArgumentException("not a DTMF digit: " + digit);
        }
        return new TelephoneEvent(event, end, volume, duration);
    }

    /** True for the sixteen DTMF events; other telephone events (flash, fax tones) are not. */
    public boolean isDtmf() {
        return event < DIGITS.length();
    }

    /** The key this event stands for; only for {@link #isDtmf() DTMF} events. */
    public char digit() {
        if (!isDtmf()) {
            throw new IllegalStateException("event " + event + " is not a DTMF digit");
        }
        return DIGITS.charAt(event);
    }

    public byte[] encode() {
        return new byte[] {
            (byte) event,
            (byte) ((end ? 0x80 : 0) | volume),
            (byte) (duration >> 8),
            (byte) duration
        };
    }

    /**
     * Reads the first event of a payload; redundant events after it (RFC 4733 §2.5.1.5)
     * repeat earlier ones and are skipped.
     *
     * @throws MalformedRtpPacket if the payload is shorter than one event
     */
    public static TelephoneEvent parse(byte[] payload) {
        if (payload.length < 4) {
            throw new MalformedRtpPacket("telephone-event payload of " + payload.length + " bytes");
        }
        return new TelephoneEvent(payload[0] & 0xFF, (payload[1] & 0x80) != 0, payload[1] & 0x3F,
                ((payload[2] & 0xFF) << 8) | (payload[3] & 0xFF));
    }
}
