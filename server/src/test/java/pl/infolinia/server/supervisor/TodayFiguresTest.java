package pl.infolinia.server.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.CallAbandoned;
import pl.infolinia.contactcenter.contact.CallAnswered;
import pl.infolinia.contactcenter.contact.CallOverflowed;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.InMemoryContactEventLog;
import pl.infolinia.server.live.LiveFeed;

class TodayFiguresTest {

    private static final QueueCode DOKUMENTY = QueueCode.of("dokumenty");
    private static final QueueCode PRACA = QueueCode.of("praca");
    /** 10:00 in Warsaw (CET, UTC+1) on 28 November 2026. */
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    private final InMemoryContactEventLog log = new InMemoryContactEventLog();
    private final LiveFeed feed = new LiveFeed();
    private final TodayFigures today = new TodayFigures(feed, log, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void countsTodaysCallsInWarsawTimeFromTheStoreAndThenLive() {
        stored(answered("2026-11-27T22:59:59Z", 5)); // 23:59:59 yesterday in Warsaw
        stored(answered("2026-11-27T23:00:00Z", 5)); // midnight in Warsaw: today
        stored(answered("2026-11-28T08:00:00Z", 20)); // exactly 20 s: within
        stored(answered("2026-11-28T08:10:00Z", 21));
        stored(new CallAbandoned(ContactId.random(), Instant.parse("2026-11-28T08:20:00Z"), DOKUMENTY, Duration.ofSeconds(3)));
        stored(new CallAnswered(ContactId.random(), Instant.parse("2026-11-28T08:30:00Z"), PRACA, AgentId.of("agent1"),
                Duration.ofSeconds(1)));

        TodayFigures.QueueDay first = today.of(DOKUMENTY);
        assertThat(first.answered()).isEqualTo(3);
        assertThat(first.abandoned()).isEqualTo(1);
        assertThat(first.serviceLevel()).isEqualTo(OptionalInt.of(50)); // 2 of 4 offered

        ContactEvent live = new CallOverflowed(ContactId.random(), NOW, DOKUMENTY, "office:MSWIA", Duration.ofMinutes(3));
        stored(live);
        feed.publish(live);
        feed.publish(live); // seen twice (e.g. during the day's first read): counted once

        TodayFigures.QueueDay later = today.of(DOKUMENTY);
        assertThat(later.offered()).isEqualTo(5);
        assertThat(later.answered()).isEqualTo(3);
        assertThat(later.serviceLevel()).isEqualTo(OptionalInt.of(40));
        assertThat(today.of(PRACA).serviceLevel()).isEqualTo(OptionalInt.of(100));
        assertThat(today.of(QueueCode.of("zdrowie")).serviceLevel()).isEmpty();
    }

    private void stored(ContactEvent event) {
        log.append(event);
    }

    private static CallAnswered answered(String at, int waitedSeconds) {
        return new CallAnswered(ContactId.random(), Instant.parse(at), DOKUMENTY, AgentId.of("agent1"),
                Duration.ofSeconds(waitedSeconds));
    }
}
