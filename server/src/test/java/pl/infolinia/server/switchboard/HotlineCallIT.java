package pl.infolinia.server.switchboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.contactcenter.prompt.PromptSet;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.CallStatus;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.support.ArchivedRecordings;
import pl.infolinia.server.support.InfoliniaTest;
import pl.infolinia.server.support.OfficePbx;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.media.WavAudio;
import pl.infolinia.telephony.media.WavReader;
import pl.infolinia.telephony.testkit.Baresip;
import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.Signal;
import pl.infolinia.telephony.testkit.Sipp;

/**
 * The demo hotline end to end on the running server: a SIPp citizen calls {@code infolinia} and
 * presses 1 (RFC 4733), a consultant's phone registered with digest as {@code agent1} and the demo
 * password answers, and the path is read back from {@code /api/contacts}.
 */
@InfoliniaTest
// an application of its own: other tests log consultants in and publish flows in the shared one
@TestPropertySource(properties = "infolinia.test.application=hotline-calls")
@DirtiesContext
class HotlineCallIT {

    private static final String PASSWORD = InfoliniaTest.DEMO_PASSWORD;
    private static final OfficeCode MSWIA = new OfficeCode("MSWIA");

    @Autowired
    MockMvc mvc;

    @Autowired
    Telephony telephony;

    @Autowired
    Offices offices;

    @Autowired
    Acd acd;

    @TempDir
    Path dir;

    private int officePort;

    @BeforeEach
    void theMinistryOfTheInteriorsPbxIsASippAnsweringMachine() {
        officePort = OfficePbx.at(offices, MSWIA);
    }

    @Test
    void consultantAnswersAndTransfersTheCitizenToTheMinistrysPbx() throws Exception {
        Sipp.Running pbx = Sipp.startAnsweringMachine(officePort, Sipp.mediaPort());
        Sipp.Running phone = Sipp.start(telephony.sipPort(), "scenarios/agent-phone.xml", FreePorts.next(), List.of(
                "-oocsf", "scenarios/refer-transfer.xml", "-mp", Integer.toString(Sipp.mediaPort()),
                "-s", "agent1", "-au", "agent1", "-ap", PASSWORD, "-m", "1", "-set", "calls", "1",
                "-set", "wait_ms", "90000", "-set", "ring_ms", "500", "-set", "transfer_to", MSWIA.value(),
                "-set", "refer_after_ms", "4000"));
        await().atMost(Duration.ofSeconds(10)).until(() -> telephony.endpoint("agent1").isPresent());

        Sipp.Run citizen = citizenPresses1(16000);
        Sipp.Run agent = phone.finish();
        Sipp.Run office = pbx.finish();
        assertThat(citizen.exitCode()).as(citizen.output()).isZero();
        assertThat(agent.exitCode()).as("the phone's REFER was reported done: " + agent.output()).isZero();
        assertThat(office.exitCode()).as("the ministry's PBX took the call: " + office.output()).isZero();

        String contact = newestContact();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> mvc.perform(get("/api/contacts/" + contact)
                        .with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[*].type", contains("CallArrived", "IvrChoiceMade", "TopicChosen",
                        "CallQueued", "CallOffered", "CallAnswered", "CallTransferred", "RecordingSaved", "CallEnded")))
                .andExpect(jsonPath("$.events[1].event.input").value("1"))
                .andExpect(jsonPath("$.events[2].event.topic").value("dokumenty"))
                .andExpect(jsonPath("$.events[5].event.agentId.value").value("agent1"))
                .andExpect(jsonPath("$.events[6].event.target").value("office:MSWIA"))
                .andExpect(jsonPath("$.events[8].event.reason").value("TRANSFERRED_OUT")));
    }

    @Test
    void citizenAndConsultantOnARealSoftphoneHearEachOther() throws Exception {
        Path tone = Sipp.KIT.resolve("audio/tone-1khz-8k-s16.wav");
        Baresip softphone = Baresip.register(dir, telephony.sipPort(), "agent2", PASSWORD, tone);
        Sipp.Run citizen;
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> acd.agents().stream()
                    .anyMatch(agent -> agent.id().value().equals("agent2") && agent.canTakeCall()));
            citizen = citizenPresses1(12000);
        } finally {
            softphone.close();
        }
        assertThat(citizen.exitCode()).as(citizen.output()).isZero();

        short[] consultantHeard = WavReader.read(softphone.received()).channel(0);
        assertThat(Signal.rms(consultantHeard)).as("the citizen's speech reached the softphone").isGreaterThan(0.02);
        assertThat(Signal.toneShare(consultantHeard, 1000, 8000)).isLessThan(0.1);

        String contact = newestContact();
        WavAudio call = ArchivedRecordings.of(mvc, contact);
        short[] citizenHeard = Arrays.copyOfRange(call.channel(1), 8000, 32000);
        assertThat(Signal.toneShare(citizenHeard, 1000, 8000)).as("the citizen heard the softphone's 1 kHz tone")
                .isGreaterThan(0.9);
    }

    /** A citizen calls the hotline, presses 1 in the menu and stays talking for {@code holdMs} after. */
    private Sipp.Run citizenPresses1(int holdMs) throws IOException, InterruptedException {
        Sipp.Running citizen = Sipp.start(telephony.sipPort(), "scenarios/caller-talks.xml", FreePorts.next(), List.of(
                "-s", "infolinia", "-m", "1", "-mp", Integer.toString(Sipp.mediaPort()), "-set", "digit", "1",
                "-set", "caller", "48600100200", "-set", "dtmf_delay_ms", Long.toString(DemoHotline.untilTheMenu(PromptSet.polish()).plusMillis(1500).toMillis()), "-set", "hold_ms",
                Integer.toString(holdMs)));
        await().atMost(Duration.ofSeconds(60)).until(() -> acd.calls().stream()
                .anyMatch(call -> call.status() != CallStatus.WAITING || call.queue().value().equals("dokumenty")));
        return citizen.finish();
    }

    private String newestContact() throws Exception {
        return JsonPath.read(mvc.perform(get("/api/contacts").param("caller", "48600100200")
                        .with(httpBasic("admin", PASSWORD)))
                .andReturn().getResponse().getContentAsString(), "$[0].id");
    }
}
