package pl.infolinia.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoopbackChannelTest {

    /** The IVR of DESIGN.md, as a contact-centre module would write it. */
    private static final CallScript IVR = caller -> {
        caller.answer();
        caller.play(MediaUri.prompt("powitanie")).awaitFinished();
        Optional<Character> choice = caller.readDigit(Duration.ofSeconds(5));
        caller.play(MediaUri.prompt(choice.map(key -> "wybor-" + key).orElse("nie-wybrano")));
        caller.hangup();
    };

    @Test
    void runsACallScriptWithTheCallersKeys() throws Exception {
        LoopbackChannel caller = new LoopbackChannel("48500100200", "800").pressKeys("2");

        IVR.run(caller);

        assertThat(caller.played()).containsExactly(MediaUri.prompt("powitanie"), MediaUri.prompt("wybor-2"));
        assertThat(caller.state()).isEqualTo(ChannelState.DOWN);
    }

    @Test
    void aHangUpWakesAScriptWaitingForAKey() throws Exception {
        LoopbackChannel caller = new LoopbackChannel("48500100200", "800");
        caller.answer();
        CompletableFuture<Optional<Character>> read = CompletableFuture.supplyAsync(
                () -> caller.readDigit(Duration.ofSeconds(30)));

        caller.farEndHangsUp();

        assertThat(read.get(5, TimeUnit.SECONDS)).isEmpty();
        assertThat(caller.awaitHangup(Duration.ZERO)).isTrue();
    }

    @Test
    void keepsTheRulesOfARealChannel() {
        LoopbackChannel caller = new LoopbackChannel("48500100200", "800");

        assertThatThrownBy(() -> caller.play(MediaUri.prompt("powitanie"))).isInstanceOf(InvalidChannelState.class);
        caller.answer();
        caller.sendDigits("12#");
        assertThat(caller.sentDigits()).containsExactly('1', '2', '#');
        caller.hangup();
        assertThatThrownBy(caller::answer).isInstanceOf(InvalidChannelState.class);
    }
}
