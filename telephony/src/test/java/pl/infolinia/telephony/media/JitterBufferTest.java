package pl.infolinia.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JitterBufferTest {

    private static RtpPacket packet(int sequence) {
        return packet(sequence, 1);
    }

    private static RtpPacket packet(int sequence, long ssrc) {
        return new RtpPacket(false, 0, sequence, sequence * 160L, ssrc, new byte[] {(byte) sequence});
    }

    private static List<Integer> drain(JitterBuffer buffer, int ticks) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < ticks; i++) {
            out.add(buffer.poll().map(RtpPacket::sequence).orElse(-1));
        }
        return out;
    }

    @Test
    void holdsDepthPacketsBeforePlayout() {
        JitterBuffer buffer = new JitterBuffer(3);
        buffer.offer(packet(10));
        buffer.offer(packet(11));

        assertThat(buffer.poll()).isEmpty();

        buffer.offer(packet(12));
        assertThat(drain(buffer, 3)).containsExactly(10, 11, 12);
    }

    @Test
    void putsReorderedPacketsBackInSequence() {
        JitterBuffer buffer = new JitterBuffer(2);
        for (int sequence : new int[] {101, 100, 103, 102, 104}) {
            buffer.offer(packet(sequence));
        }

        assertThat(drain(buffer, 5)).containsExactly(100, 101, 102, 103, 104);
    }

    @Test
    void aLostPacketLeavesAGapAndPlayoutGoesOn() {
        JitterBuffer buffer = new JitterBuffer(2);
        for (int sequence : new int[] {1, 2, 4, 5}) {
            buffer.offer(packet(sequence));
        }

        assertThat(drain(buffer, 5)).containsExactly(1, 2, -1, 4, 5);
    }

    @Test
    void dropsDuplicatesAndLatecomers() {
        JitterBuffer buffer = new JitterBuffer(1);
        buffer.offer(packet(7));
        assertThat(buffer.poll().map(RtpPacket::sequence)).contains(7);
        buffer.offer(packet(8));

        assertThat(buffer.offer(packet(8))).as("duplicate").isFalse();
        assertThat(buffer.offer(packet(6))).as("late").isFalse();
        assertThat(buffer.dropped()).isEqualTo(2);
        assertThat(drain(buffer, 1)).containsExactly(8);
    }

    @Test
    void wrapsAroundTheSixteenBitSequence() {
        JitterBuffer buffer = new JitterBuffer(2);
        for (int sequence : new int[] {65534, 65535, 0, 1}) {
            buffer.offer(packet(sequence));
        }

        assertThat(drain(buffer, 4)).containsExactly(65534, 65535, 0, 1);
    }

    @Test
    void aNewSsrcStartsOverInsteadOfWaitingForTheOldSequence() {
        JitterBuffer buffer = new JitterBuffer(1);
        buffer.offer(packet(500, 1));
        buffer.poll();

        buffer.offer(packet(9, 2));

        assertThat(buffer.poll().map(RtpPacket::ssrc)).contains(2L);
    }

    @Test
    void refillsAfterTheSenderPauses() {
        JitterBuffer buffer = new JitterBuffer(2);
        buffer.offer(packet(1));
        buffer.offer(packet(2));
        assertThat(drain(buffer, 3)).containsExactly(1, 2, -1);

        buffer.offer(packet(40));
        Optional<RtpPacket> whileFilling = buffer.poll();
        buffer.offer(packet(41));

        assertThat(whileFilling).isEmpty();
        assertThat(drain(buffer, 2)).containsExactly(40, 41);
    }
}
