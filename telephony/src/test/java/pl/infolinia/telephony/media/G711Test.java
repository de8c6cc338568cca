package pl.infolinia.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class G711Test {

    @Test
    void muLawMatchesTheItuReferenceForEverySixteenBitSample() {
        for (int x = Short.MIN_VALUE; x <= Short.MAX_VALUE; x++) {
            assertThat(G711.PCMU.encode((short) x)).as("encode %d", x).isEqualTo(G191.ulawCompress((short) x));
        }
        for (int code = 0; code < 256; code++) {
            assertThat(G711.PCMU.decode((byte) code)).as("decode %02x", code).isEqualTo(G191.ulawExpand((byte) code));
        }
    }

    @Test
    void aLawMatchesTheItuReferenceForEverySixteenBitSample() {
        for (int x = Short.MIN_VALUE; x <= Short.MAX_VALUE; x++) {
            assertThat(G711.PCMA.encode((short) x)).as("encode %d", x).isEqualTo(G191.alawCompress((short) x));
        }
        for (int code = 0; code < 256; code++) {
            assertThat(G711.PCMA.decode((byte) code)).as("decode %02x", code).isEqualTo(G191.alawExpand((byte) code));
        }
    }

    @Test
    void knownCodeWordsDecodeToTheG711TableValues() {
        // µ-law silence is 0xFF (and 0x7F, negative zero), not 0x00
        assertThat(G711.PCMU.encode((short) 0)).isEqualTo((byte) 0xFF);
        assertThat(G711.PCMU.decode((byte) 0xFF)).isEqualTo((short) 0);
        assertThat(G711.PCMU.decode((byte) 0x7F)).isEqualTo((short) 0);
        assertThat(G711.PCMU.decode((byte) 0x80)).isEqualTo((short) 32124);
        assertThat(G711.PCMU.decode((byte) 0x00)).isEqualTo((short) -32124);
        // A-law silence is 0xD5: the even bits are inverted on the line
        assertThat(G711.PCMA.encode((short) 0)).isEqualTo((byte) 0xD5);
        assertThat(G711.PCMA.decode((byte) 0xD5)).isEqualTo((short) 8);
        assertThat(G711.PCMA.decode((byte) 0x55)).isEqualTo((short) -8);
        assertThat(G711.PCMA.decode((byte) 0xAA)).isEqualTo((short) 32256);
        assertThat(G711.PCMA.decode((byte) 0x2A)).isEqualTo((short) -32256);
    }

    @Test
    void everyCodeWordSurvivesDecodeAndEncode() {
        for (G711 law : G711.values()) {
            for (int code = 0; code < 256; code++) {
                byte expected = law == G711.PCMU && code == 0x7F ? (byte) 0xFF : (byte) code;
                assertThat(law.encode(law.decode((byte) code))).as("%s %02x", law, code).isEqualTo(expected);
            }
        }
    }

    @Test
    void quantisationErrorStaysWithinHalfAStep() {
        for (G711 law : G711.values()) {
            for (int x = -30000; x <= 30000; x += 7) {
                int error = Math.abs(law.decode(law.encode((short) x)) - x);
                // the largest G.711 step is 1024 (µ-law) or 1024 (A-law) at full scale
                assertThat(error).as("%s %d", law, x).isLessThanOrEqualTo(Math.max(16, Math.abs(x) / 16 + 8));
            }
        }
    }

    @Test
    void payloadTypesAreTheStaticOnes() {
        assertThat(G711.forPayloadType(0)).contains(G711.PCMU);
        assertThat(G711.forPayloadType(8)).contains(G711.PCMA);
        assertThat(G711.forPayloadType(18)).isEmpty();
    }

    /** A transcription of ITU-T G.191 STL g711.c, loops and all, as the reference. */
    static final class G191 {
        static byte ulawCompress(short lin) {
            int absno = lin < 0 ? ((~lin) >> 2) + 33 : (lin >> 2) + 33;
            if (absno > 0x1FFF) {
                absno = 0x1FFF;
            }
            int i = absno >> 6;
            int segno = 1;
            while (i != 0) {
                segno++;
                i >>= 1;
            }
            int high = 0x0008 - segno;
            int low = 0x000F - ((absno >> segno) & 0x000F);
            int log = (high << 4) | low;
            if (lin >= 0) {
                log |= 0x0080;
            }
            return (byte) log;
        }

        static short ulawExpand(byte code) {
            int log = code & 0xFF;
            int sign = log < 0x80 ? -1 : 1;
            int mantissa = ~log;
            int exponent = (mantissa >> 4) & 0x7;
            int segment = exponent + 1;
            mantissa &= 0xF;
            int step = 4 << segment;
            return (short) (sign * ((0x80 << exponent) + step * mantissa + step / 2 - 4 * 33));
        }

        static byte alawCompress(short lin) {
            int ix = lin < 0 ? (~lin) >> 4 : lin >> 4;
            if (ix > 15) {
                int iexp = 1;
                while (ix > 16 + 15) {
                    ix >>= 1;
                    iexp++;
                }
                ix -= 16;
                ix += iexp << 4;
            }
            if (lin >= 0) {
                ix |= 0x80;
            }
            return (byte) (ix ^ 0x55);
        }

        static short alawExpand(byte code) {
            int log = code & 0xFF;
            int ix = (log ^ 0x55) & 0x7F;
            int iexp = ix >> 4;
            int mant = ix & 0xF;
            if (iexp > 0) {
                mant += 16;
            }
            mant = (mant << 4) + 8;
            if (iexp > 1) {
                mant <<= iexp - 1;
            }
            return (short) (log > 127 ? mant : -mant);
        }
    }
}
