package pl.infolinia.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BridgeAndMixerTest {

    private static short[] constant(int value) {
        short[] frame = new short[MediaClock.SAMPLES_PER_TICK];
        Arrays.fill(frame, (short) value);
        return frame;
    }

    @Test
    void pairBridgeLetsEachSideHearTheOtherUnchanged() {
        PairBridge bridge = new PairBridge();
        short[] caller = constant(1200);
        short[] agent = constant(-700);

        bridge.first().accept(caller);
        bridge.second().accept(agent);

        assertThat(bridge.second().nextFrame()).isSameAs(caller);
        assertThat(bridge.first().nextFrame()).isSameAs(agent);
    }

    @Test
    void pairBridgePlaysSilenceWhenASideSaidNothingThisTick() {
        PairBridge bridge = new PairBridge();
        bridge.first().accept(constant(5));
        bridge.second().nextFrame();

        assertThat(bridge.second().nextFrame()).containsOnly((short) 0);
    }

    @Test
    void mixerGivesEachPartyTheOthersButNotItself() {
        Mixer mixer = new Mixer();
        Mixer.Port caller = mixer.join(Mixer.Role.SPEAK);
        Mixer.Port agent = mixer.join(Mixer.Role.SPEAK);
        Mixer.Port office = mixer.join(Mixer.Role.SPEAK);

        caller.accept(constant(100));
        agent.accept(constant(20));
        office.accept(constant(3));

        assertThat(caller.nextFrame()).containsOnly((short) 23);
        assertThat(agent.nextFrame()).containsOnly((short) 103);
        assertThat(office.nextFrame()).containsOnly((short) 120);
    }

    @Test
    void aListeningSupervisorHearsAllAndIsHeardByNone() {
        Mixer mixer = new Mixer();
        Mixer.Port caller = mixer.join(Mixer.Role.SPEAK);
        Mixer.Port agent = mixer.join(Mixer.Role.SPEAK);
        Mixer.Port supervisor = mixer.join(Mixer.Role.LISTEN);

        caller.accept(constant(100));
        agent.accept(constant(20));
        supervisor.accept(constant(9999));

        assertThat(supervisor.nextFrame()).containsOnly((short) 120);
        assertThat(caller.nextFrame()).containsOnly((short) 20);
    }

    @Test
    void aWhisperingSupervisorIsHeardByTheConsultantOnly() {
        Mixer mixer = new Mixer();
        Mixer.Port citizen = mixer.join(Mixer.Role.SPEAK);
        Mixer.Port consultant = mixer.join(Mixer.Role.SPEAK);
        Mixer.Port supervisor = mixer.whisperTo(consultant);

        citizen.accept(constant(100));
        consultant.accept(constant(20));
        supervisor.accept(constant(3));

        assertThat(consultant.nextFrame()).containsOnly((short) 103);
        assertThat(citizen.nextFrame()).as("the citizen hears no whisper").containsOnly((short) 20);
        assertThat(supervisor.nextFrame()).containsOnly((short) 120);
    }

    @Test
    void loudPartiesSaturateInsteadOfWrappingAround() {
        Mixer mixer = new Mixer();
        Mixer.Port listener = mixer.join(Mixer.Role.SPEAK);
        mixer.join(Mixer.Role.SPEAK).accept(constant(30000));
        mixer.join(Mixer.Role.SPEAK).accept(constant(30000));
        Mixer.Port quiet = mixer.join(Mixer.Role.SPEAK);
        quiet.accept(constant(-30000));
        mixer.leave(quiet);

        assertThat(listener.nextFrame()).containsOnly(Short.MAX_VALUE);
        assertThat(mixer.size()).isEqualTo(3);
    }
}
