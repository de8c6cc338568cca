package pl.infolinia.contactcenter.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.MutableClock;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.announcement.Announcement;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.InMemoryContactEventLog;

class WaitingAnnouncementsTest {

    private static final QueueCode ZDROWIE = QueueCode.of("zdrowie");
    private static final AgentId ANNA = AgentId.of("anna");
    private static final Instant T0 = Instant.parse("2026-04-07T08:00:00Z");

    private final Acd acd = new Acd(new MutableClock(T0), new InMemoryContactEventLog(),
            List.of(Queue.of(ZDROWIE, OfficeCode.of("NFZ"), "zdrowie").withHandleTime(Duration.ofMinutes(3))),
            List.of(new Agent(ANNA, "Anna", Map.of("zdrowie", 1)), new Agent(AgentId.of("bogdan"), "Bogdan", Map.of("zdrowie", 1))));
    private final WaitingAnnouncements announcements = new WaitingAnnouncements(acd, Duration.ofSeconds(15), Duration.ofSeconds(45));

    @Test
    void announcesFirstAfterTheFirstDelayThenAtEachInterval() {
        assertThat(announcements.nextAt(T0, 0)).isEqualTo(T0.plusSeconds(15));
        assertThat(announcements.nextAt(T0, 2)).isEqualTo(T0.plusSeconds(105));
    }

    @Test
    void tellsThePlaceAndTheWaitSharedAmongStaffedAgents() {
        acd.takeBreak(ANNA, "przerwa");
        acd.takeBreak(AgentId.of("bogdan"), "przerwa");
        for (int i = 1; i <= 5; i++) {
            acd.enqueue(ContactId.of("c" + i), ZDROWIE, 0);
        }
        // fifth in line, 3 minutes each, two agents on a short break: 7.5 minutes, said as "około 8 minut"
        assertThat(announcements.now(ContactId.of("c5"))).extracting(Announcement::spoken)
                .containsExactly("jesteś piąty w kolejce", "około ośmiu minut");
    }

    @Test
    void saysNothingOnceTheCallIsOffered() {
        acd.enqueue(ContactId.of("c1"), ZDROWIE, 0);
        acd.logIn(ANNA);
        assertThat(announcements.now(ContactId.of("c1"))).isEmpty();
        assertThat(announcements.now(ContactId.of("unknown"))).isEmpty();
    }
}
