package pl.infolinia.telephony.media;

/**
 * The two G.711 companding laws, µ-law (PCMU) and A-law (PCMA), as RTP payload formats.
 *
 * <p>Encoding and decoding follow the ITU-T G.191 reference implementation bit for bit,
 * including the rounding of negative samples, and run from tables built once at start-up.
 */
public enum G711 {
    /** µ-law, RTP static payload type 0. */
    PCMU(0, "PCMU") {
        @Override
        byte compress(short linear) {
            // G.191 works on 14-bit magnitudes; negatives use one's complement, not negation
            int magnitude = (linear < 0 ? (~linear) >> 2 : linear >> 2) + 33;
            magnitude = Math.min(magnitude, 0x1FFF);
            int segment = 32 - Integer.numberOfLeadingZeros(magnitude >> 6) + 1;
            int highNibble = 8 - segment;
            int lowNibble = 0xF - ((magnitude >> segment) & 0xF);
            int code = (highNibble << 4) | lowNibble;
            return (byte) (linear >= 0 ? code | 0x80 : code);
        }

        @Override
        short expand(byte code) {
            int unsigned = code & 0xFF;
            int sign = unsigned < 0x80 ? -1 : 1;
            int inverted = ~unsigned;
            int exponent = (inverted >> 4) & 0x7;
            int mantissa = inverted & 0xF;
            int step = 4 << (exponent + 1);
            return (short) (sign * ((0x80 << exponent) + step * mantissa + step / 2 - 4 * 33));
        }
    },
    /** A-law, RTP static payload type 8. */
    PCMA(8, "PCMA") {
        @Override
        byte compress(short linear) {
            int magnitude = linear < 0 ? (~linear) >> 4 : linear >> 4;
            if (magnitude > 15) {
                int exponent = 1;
                while (magnitude > 16 + 15) {
                    magnitude >>= 1;
                    exponent++;
                }
                magnitude = magnitude - 16 + (exponent << 4);
            }
            if (linear >= 0) {
                magnitude |= 0x80;
            }
            // even bits are inverted on the wire so that idle lines carry transitions
            return (byte) (magnitude ^ 0x55);
        }

        @Override
        short expand(byte code) {
            int unsigned = code & 0xFF;
            int value = (unsigned ^ 0x55) & 0x7F;
            int exponent = value >> 4;
            int mantissa = value & 0xF;
            if (exponent > 0) {
                mantissa += 16;
            }
            mantissa = (mantissa << 4) + 8;
            if (exponent > 1) {
                mantissa <<= exponent - 1;
            }
            return (short) (unsigned > 127 ? mantissa : -mantissa);
        }
    };

    private final int payloadType;
    private final String encodingName;
    private final byte[] encodeTable = new byte[65536];
    private final short[] decodeTable = new short[256];

    G711(int payloadType, String encodingName) {
        this.payloadType = payloadType;
        this.encodingName = encodingName;
    }

    static {
        for (G711 law : values()) {
            for (int i = 0; i < 65536; i++) {
                law.encodeTable[i] = law.compress((short) (i - 32768));
            }
            for (int i = 0; i < 256; i++) {
                law.decodeTable[i] = law.expand((byte) i);
            }
        }
    }

    abstract byte compress(short linear);

    abstract short expand(byte code);

    /** The static RTP payload type of this law (RFC 3551). */
    public int payloadType() {
        return payloadType;
    }

    /** The encoding name used in SDP rtpmap lines, e.g. {@code PCMU}. */
    public String encodingName() {
        return encodingName;
    }

    /** Encodes one 16-bit linear sample. */
    public byte encode(short sample) {
        return encodeTable[sample + 32768];
    }

    /** Decodes one G.711 byte to a 16-bit linear sample. */
    public short decode(byte code) {
        return decodeTable[code & 0xFF];
    }

    /** Encodes a frame of linear samples, one byte per sample. */
    public byte[] encode(short[] samples) {
        byte[] out = new byte[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = encode(samples[i]);
        }
        return out;
    }

    /** Decodes a frame of G.711 bytes to linear samples. */
    public short[] decode(byte[] codes) {
        short[] out = new short[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = decode(codes[i]);
        }
        return out;
    }

    /** The law for a static payload type, if it is 0 or 8. */
    public static java.util.Optional<G711> forPayloadType(int payloadType) {
        for (G711 law : values()) {
            if (law.payloadType == payloadType) {
                return java.util.Optional.of(law);
            }
        }
        return java.util.Optional.empty();
    }
}
