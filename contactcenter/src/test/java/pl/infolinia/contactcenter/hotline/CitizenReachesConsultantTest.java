package pl.infolinia.contactcenter.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.MutableClock;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.Agent;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.announcement.Announcement;
import pl.infolinia.contactcenter.calendar.OfficeCalendar;
import pl.infolinia.contactcenter.contact.CallArrived;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.ContactQuery;
import pl.infolinia.contactcenter.contact.InMemoryContactEventLog;
import pl.infolinia.contactcenter.ivr.Caller;
import pl.infolinia.contactcenter.ivr.FlowLoader;
import pl.infolinia.contactcenter.ivr.FlowOutcome;
import pl.infolinia.contactcenter.ivr.FlowResult;
import pl.infolinia.contactcenter.ivr.IvrInterpreter;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.AcdCommand;
import pl.infolinia.contactcenter.queue.WaitingAnnouncements;

/**
 * The demo hotline without telephony: a citizen presses 1, waits hearing their place, and is
 * answered by a consultant; the event store holds the whole path in order.
 */
class CitizenReachesConsultantTest {

    private static final OfficeCode KPRM = OfficeCode.of("KPRM");
    private static final AgentId AGENT1 = AgentId.of("agent1");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-07T08:00:00Z"));
    private final InMemoryContactEventLog log = new InMemoryContactEventLog();
    private final Acd acd = new Acd(clock, log, DemoHotline.queues(KPRM), List.of(new Agent(AGENT1, "Agent 1",
            DemoHotline.QUEUES.stream().collect(Collectors.toMap(q -> q, q -> 5)))));
    private final IvrInterpreter ivr = new IvrInterpreter(FlowLoader.demo(DemoHotline.context(Set.of(KPRM))),
            Map.of(DemoHotline.CALENDAR, OfficeCalendar.alwaysOpen()), clock, log);

    @Test
    void citizenPresses1HearsTheirPlaceAndIsAnsweredByAConsultant() {
        ContactId earlier = arriveAndChoose("1");
        ContactId citizen = arriveAndChoose("1");

        List<Announcement> heard = new WaitingAnnouncements(acd, Duration.ofSeconds(20), Duration.ofSeconds(60)).now(citizen);
        assertThat(heard).extracting(Announcement::text).containsExactly("jesteś drugi w kolejce", "około 8 minut");

        acd.hangUp(earlier, CallEndReason.CALLER_HUNG_UP);
        assertThat(acd.logIn(AGENT1)).containsExactly(new AcdCommand.RingAgent(citizen, AGENT1, QueueCode.of("dokumenty")));
        clock.advance(Duration.ofSeconds(3));
        acd.answer(citizen, AGENT1);
        clock.advance(Duration.ofMinutes(4));
        acd.hangUp(citizen, CallEndReason.AGENT_HUNG_UP);

        assertThat(log.read(citizen)).extracting(ContactEvent::type).containsExactly("CallArrived", "IvrChoiceMade",
                "TopicChosen", "CallQueued", "CallOffered", "CallAnswered", "CallEnded");
        assertThat(log.contacts(ContactQuery.all())).containsExactly(citizen, earlier);
        assertThat(log.contacts(ContactQuery.all().agent(AGENT1))).containsExactly(citizen);
    }

    private ContactId arriveAndChoose(String keys) {
        ContactId contact = ContactId.random();
        log.append(new CallArrived(contact, clock.instant(), "+48600100200", DemoHotline.NUMBER));
        FlowResult result = ivr.run(contact, new KeysOnly(keys));
        FlowOutcome.Queued queued = (FlowOutcome.Queued) result.outcome();
        acd.enqueue(contact, queued.queue(), queued.priority());
        clock.advance(Duration.ofSeconds(30));
        return contact;
    }

    /** A caller who presses the given keys and stays on the line. */
    private static final class KeysOnly implements Caller {
        private final Deque<Character> keys = new ArrayDeque<>();
        private final List<String> heard = new ArrayList<>();

        KeysOnly(String keys) {
            keys.chars().forEach(c -> this.keys.add((char) c));
        }

        @Override
        public String number() {
            return "+48600100200";
        }

        @Override
        public void play(String prompt) {
            heard.add(prompt);
        }

        @Override
        public Optional<Character> readDigit(Duration timeout) {
            return Optional.ofNullable(keys.poll());
        }

        @Override
        public Optional<String> recordMessage(Duration maxLength) {
            return Optional.empty();
        }

        @Override
        public boolean isConnected() {
            return true;
        }

        @Override
        public void hangUp() {
        }
    }
}
