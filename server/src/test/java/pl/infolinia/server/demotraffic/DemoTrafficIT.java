package pl.infolinia.server.demotraffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import pl.infolinia.contactcenter.contact.CallAnswered;
import pl.infolinia.contactcenter.contact.CallArrived;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactQuery;
import pl.infolinia.server.support.InfoliniaTest;

/**
 * With demo traffic on, simulated citizens call the hotline through SIP and a simulated
 * consultant answers: the event store fills with real calls, each from a mobile number.
 */
@InfoliniaTest
@TestPropertySource(properties = "infolinia.demo.traffic=true")
@DirtiesContext // its citizens would go on calling through the rest of the suite
class DemoTrafficIT {

    @Autowired
    ContactEventLog events;

    @Test
    void simulatedCitizensReachSimulatedConsultants() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> events
                .events(ContactQuery.all()).stream().anyMatch(CallAnswered.class::isInstance));

        List<ContactEvent> all = events.events(ContactQuery.all());
        assertThat(all).filteredOn(CallArrived.class::isInstance).extracting(e -> ((CallArrived) e).caller())
                .allMatch(number -> number.matches("48[5-8][0-9]{8}"));
        assertThat(all).filteredOn(CallAnswered.class::isInstance)
                .extracting(e -> ((CallAnswered) e).agentId().value())
                .allMatch(DemoTraffic.CONSULTANTS::contains);
    }
}
