package pl.infolinia.server.demotraffic;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.contactcenter.prompt.PromptSet;
import pl.infolinia.contactcenter.switchboard.Switchboard;
import pl.infolinia.server.app.StartupNote;
import pl.infolinia.server.telephony.SimulatedPhones;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.TelephonySettings;
import pl.infolinia.telephony.sip.SipTelephony;

/**
 * Demo traffic: a second SIP engine on loopback (the server's SIP port + 2) plays the citizens,
 * who call the hotline a few times a minute, at most {@value #MAX_CITIZENS} at once, and the
 * phones of the simulated consultants {@code agent2}…{@code agent4}, who are logged in at start.
 * {@code agent1} is left to a real phone.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "infolinia.demo.traffic", havingValue = "true")
class DemoTraffic implements StartupNote {

    static final List<String> CONSULTANTS = List.of("agent2", "agent3", "agent4");
    static final int MAX_CITIZENS = 6;
    private static final Duration MEAN_GAP = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(DemoTraffic.class);

    private final Telephony hotline;
    private final Switchboard switchboard;
    private final SimulatedPhones phones;
    private final String address;
    private final int rtpMax;
    private final Path prompts;
    private final Semaphore citizens = new Semaphore(MAX_CITIZENS);
    private volatile boolean running = true;
    private SipTelephony crowd;

    DemoTraffic(Telephony hotline, Switchboard switchboard, SimulatedPhones phones,
            @Value("${infolinia.sip.address:127.0.0.1}") String address,
            @Value("${infolinia.rtp.port.max:20000}") int rtpMax,
            @Value("${infolinia.data.dir:./data}") String dataDir) {
        this.hotline = hotline;
        this.switchboard = switchboard;
        this.phones = phones;
        this.address = address;
        this.rtpMax = rtpMax;
        this.prompts = Path.of(dataDir, "prompts");
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        try {
            startCrowd();
        } catch (IOException | RuntimeException e) {
            // the hotline itself works without the simulated crowd
            log.warn("Demo traffic could not start: {}", e.getMessage());
        }
    }

    private void startCrowd() throws IOException {
        int port = hotline.sipPort() + 2;
        String hotlineUri = "sip:" + DemoHotline.NUMBER + "@" + address + ":" + hotline.sipPort();
        crowd = SipTelephony.start(new TelephonySettings("127.0.0.1", port, "demo-traffic", 16 * 1024,
                        Math.min(rtpMax + 2, 64000), Math.min(rtpMax + 1000, 65000), prompts),
                (user, realm) -> Optional.empty(),
                name -> name.equals(DemoHotline.NUMBER) ? Optional.of(hotlineUri) : Optional.empty());
        crowd.onIncomingCall(new SimulatedConsultant());
        for (String consultant : CONSULTANTS) {
            phones.add(consultant, "sip:" + consultant + "@127.0.0.1:" + port);
            switchboard.logIn(AgentId.of(consultant));
        }
        Duration untilTheMenu = DemoHotline.untilTheMenu(PromptSet.polish()).plusSeconds(1);
        Thread.ofVirtual().name("demo-citizens").start(() -> callAgainAndAgain(untilTheMenu));
        log.info("Demo traffic: simulated citizens call {}, consultants {} answer", hotlineUri, CONSULTANTS);
    }

    private void callAgainAndAgain(Duration untilTheMenu) {
        SimulatedCitizen citizen = new SimulatedCitizen(crowd, DemoHotline.NUMBER, untilTheMenu);
        while (running) {
            if (citizens.tryAcquire()) {
                Thread.ofVirtual().start(() -> {
                    try {
                        citizen.run();
                    } finally {
                        citizens.release();
                    }
                });
            }
            try {
                Thread.sleep(gap());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Exponential gaps between calls, as independent citizens make them. */
    private static long gap() {
        return (long) (-Math.log(1 - ThreadLocalRandom.current().nextDouble()) * MEAN_GAP.toMillis());
    }

    @Override
    public List<String> lines() {
        return List.of("Demo traffic: simulated citizens call the hotline; " + String.join(", ", CONSULTANTS)
                + " are simulated consultants (agent1 is yours)");
    }

    @PreDestroy
    void stop() {
        running = false;
        if (crowd != null) {
            crowd.close();
        }
    }
}
