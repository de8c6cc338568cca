package pl.infolinia.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.infolinia.telephony.AddressBlock;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.ChannelState;
import pl.infolinia.telephony.NumberPatterns;
import pl.infolinia.telephony.SipDestinations;
import pl.infolinia.telephony.TelephonySettings;
import pl.infolinia.telephony.Trunk;
import pl.infolinia.telephony.Trunks;
import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.Sipp;

/**
 * Trunks as peers, with SIPp as the carrier: a trunk reaches its own numbers only, nobody else
 * reaches them, a trunk known by its digest account authenticates, and calls out go through the
 * trunk that may dial the number, answering its challenge.
 */
class TrunkIT {

    private static final String HOTLINE = "222500115";
    private static final String SECOND_HOTLINE = "222500116";

    private final List<String> answered = new CopyOnWriteArrayList<>();
    private SipTelephony engine;

    private void start(Trunk... trunks) {
        engine = SipTelephony.start(TelephonySettings.defaults().withAddress("127.0.0.1").withSipPort(FreePorts.next())
                        .withRtpPorts(26000, 26999), (user, realm) -> Optional.empty(), SipDestinations.NONE,
                new Trunks(List.of(trunks), NumberPatterns.NONE));
        engine.onIncomingCall(caller -> {
            answered.add(caller.called());
            caller.answer();
            caller.awaitHangup(Duration.ofSeconds(10));
        });
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    private static Trunk byAddress(String address, String inbound) {
        return new Trunk("operator", List.of(AddressBlock.parse(address)), Optional.empty(),
                NumberPatterns.parse(inbound), NumberPatterns.NONE, Optional.empty());
    }

    private Sipp.Run call(String from, String scenario, String number, String... options) throws Exception {
        List<String> arguments = new java.util.ArrayList<>(List.of("-s", number, "-m", "1",
                "-mp", Integer.toString(Sipp.mediaPort())));
        arguments.addAll(List.of(options));
        return Sipp.startFrom(from, engine.sipPort(), scenario, FreePorts.next(), arguments).finish();
    }

    @Test
    void takesACallFromTheTrunkToOneOfItsNumbers() throws Exception {
        start(byAddress("127.0.0.0/30", HOTLINE));

        Sipp.Run trunk = call("127.0.0.1", "../sipp/uac_trunk_invite.xml", HOTLINE);

        assertThat(trunk.exitCode()).as(trunk.output()).isZero();
        assertThat(answered).containsExactly(HOTLINE);
    }

    @Test
    void refusesTheTrunkANumberThatIsNotItsOwn() throws Exception {
        start(byAddress("127.0.0.1", HOTLINE));

        Sipp.Run trunk = call("127.0.0.1", "../sipp/uac_invite_refused_404.xml", "0048700123456");

        assertThat(trunk.exitCode()).as(trunk.output()).isZero();
        assertThat(answered).isEmpty();
    }

    @Test
    void refusesTheTrunksNumberFromAnotherAddress() throws Exception {
        start(byAddress("127.0.0.1", HOTLINE));

        Sipp.Run stranger = call("127.0.0.2", "../sipp/uac_invite_refused_403.xml", HOTLINE);

        assertThat(stranger.exitCode()).as(stranger.output()).isZero();
        assertThat(answered).isEmpty();
    }

    @Test
    void takesACallFromATrunkKnownByItsDigestAccountOnly() throws Exception {
        start(new Trunk("pbx", List.of(), Optional.of(new Trunk.Account("pbx-urzad", "pbx-secret")),
                NumberPatterns.parse(SECOND_HOTLINE), NumberPatterns.NONE, Optional.empty()));

        Sipp.Run wrongPassword = call("127.0.0.2", "../sipp/uac_trunk_invite.xml", SECOND_HOTLINE,
                "-au", "pbx-urzad", "-ap", "guess");
        Sipp.Run trunk = call("127.0.0.2", "../sipp/uac_trunk_invite.xml", SECOND_HOTLINE,
                "-au", "pbx-urzad", "-ap", "pbx-secret");

        assertThat(wrongPassword.exitCode()).as("a wrong password is refused").isNotZero();
        assertThat(wrongPassword.output()).contains("403");
        assertThat(trunk.exitCode()).as(trunk.output()).isZero();
        assertThat(answered).containsExactly(SECOND_HOTLINE);
    }

    @Test
    void dialsOutThroughTheTrunkThatMayDialTheNumberAnsweringItsChallenge() throws Exception {
        int carrierPort = FreePorts.next();
        start(new Trunk("operator", List.of(AddressBlock.parse("127.0.0.1")),
                Optional.of(new Trunk.Account("infolinia-trunk", "trunk-secret")), NumberPatterns.parse(HOTLINE),
                NumberPatterns.parse("+48*, 0*"), Optional.of("sip:{number}@127.0.0.1:" + carrierPort)));
        Sipp.Running carrier = Sipp.start(engine.sipPort(), "../sipp/uas_trunk_challenges.xml", carrierPort,
                List.of("-m", "1", "-mp", Integer.toString(Sipp.mediaPort())));

        Channel citizen = engine.dial("0600100200", HOTLINE, Duration.ofSeconds(10));
        assertThat(citizen.state()).isEqualTo(ChannelState.UP);
        citizen.hangup();
        Sipp.Run run = carrier.finish();

        assertThat(run.exitCode()).as(run.output()).isZero();
    }
}
