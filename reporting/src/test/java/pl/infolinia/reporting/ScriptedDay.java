package pl.infolinia.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.contact.AgentStateChanged;
import pl.infolinia.contactcenter.contact.ArticleOpened;
import pl.infolinia.contactcenter.contact.CallAbandoned;
import pl.infolinia.contactcenter.contact.CallAnswered;
import pl.infolinia.contactcenter.contact.CallArrived;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.CallEnded;
import pl.infolinia.contactcenter.contact.CallHeld;
import pl.infolinia.contactcenter.contact.CallNotAnswered;
import pl.infolinia.contactcenter.contact.CallOffered;
import pl.infolinia.contactcenter.contact.CallOverflowed;
import pl.infolinia.contactcenter.contact.CallQueued;
import pl.infolinia.contactcenter.contact.CallResumed;
import pl.infolinia.contactcenter.contact.CallTransferred;
import pl.infolinia.contactcenter.contact.CallbackAttempted;
import pl.infolinia.contactcenter.contact.CallbackScheduled;
import pl.infolinia.contactcenter.contact.ContactClassified;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.IvrChoiceMade;
import pl.infolinia.contactcenter.contact.KnowledgeSearched;
import pl.infolinia.contactcenter.contact.TopicChosen;
import pl.infolinia.contactcenter.contact.WrapUpDone;
import pl.infolinia.contactcenter.contact.WrapUpOutcome;
import pl.infolinia.reporting.interval.Period;
import pl.infolinia.reporting.metric.FigureSettings;

/**
 * A Wednesday at the hotline, 14 January 2026 in Warsaw (UTC+1), written event by event so that
 * its figures can be worked out by hand ({@link ScriptedDayFigures} has them with the arithmetic).
 *
 * <p>Queues: {@code dokumenty} (office MC, target 20 s) and {@code praca} (office MRPiPS, target
 * 30 s); short abandons below 5 s. Contacts C1..C13, times local:
 * <pre>
 * C1  13 Jan 23:59:50 queued dokumenty, agent1 answers 00:00:10 (wait 20), ends 00:05:10, wrap 30  -> 13 Jan
 * C2  arrives 23:59:50, queued 15 Jan 00:00:05, abandons 00:00:35                                   -> 15 Jan
 * C3  08:00:20 dokumenty, agent1 08:00:35 (15), hold 60, ends 08:05:35, wrap 30, KB 1 article 2 searches (1 empty)
 * C4  08:14:20 praca, rings agent2 unanswered, agent1 08:15:00 (40 &gt; 30), ends 08:20:00, wrap 20, classified zasilek
 * C5  09:00:10 dokumenty, hangs up 09:00:13 (3 s: short abandon)
 * C6  09:10:10 dokumenty, rings agent2, hangs up 09:10:40 while ringing (30)
 * C7  10:00:10 dokumenty, agent2 10:00:20 (10), to queue praca 10:03:20 (wrap 30), agent3 10:03:50 (30 in praca),
 *     ends 10:07:50, wrap 10, classified zasilek, one article
 * C8  11:00:10 dokumenty, callback asked 11:01:10, agent2 calls back 11:30:05, connected, ends 11:33:05, wrap 30
 * C9  12:00:10 dokumenty, overflows to an office after 120 s
 * C10 13:00:10 dokumenty, agent3 13:00:25 (15), sends to office MSWIA 13:02:25, ends 13:02:53, wrap 20
 * C11 hangs up in the menu; C12 ended by the flow before any choice; C13 sent by the IVR to office ZUS
 * </pre>
 * agent1 has state changes (night shift until 00:30, morning 08:00-09:00 with a break); agent2
 * and agent3 have none, so their state times are unknown and count nowhere.
 */
public final class ScriptedDay {

    public static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    public static final LocalDate DAY = LocalDate.of(2026, 1, 14);
    public static final QueueCode DOKUMENTY = QueueCode.of("dokumenty");
    public static final QueueCode PRACA = QueueCode.of("praca");
    public static final OfficeCode MC = OfficeCode.of("MC");
    public static final OfficeCode MRPIPS = OfficeCode.of("MRPiPS");
    static final AgentId AGENT1 = AgentId.of("rep-agent1");
    static final AgentId AGENT2 = AgentId.of("rep-agent2");
    static final AgentId AGENT3 = AgentId.of("rep-agent3");

    private final List<ContactEvent> events = new ArrayList<>();

    private ScriptedDay() {
    }

    public static Period day() {
        return Period.days(DAY, DAY, WARSAW);
    }

    public static FigureSettings settings() {
        return FigureSettings.defaults().withTarget(PRACA, Duration.ofSeconds(30));
    }

    /** The day's events in the order they happened, as the store would hold them. */
    public static List<ContactEvent> events() {
        ScriptedDay day = new ScriptedDay();
        day.script();
        List<ContactEvent> sorted = new ArrayList<>(day.events);
        // stable: events at the same instant keep the script's order
        sorted.sort(java.util.Comparator.comparing(ContactEvent::at));
        return sorted;
    }

    /** Local time on the scripted day, or on another day with "dd HH:mm:ss". */
    static Instant at(String time) {
        LocalDateTime local = time.length() > 8
                ? DAY.withDayOfMonth(Integer.parseInt(time.substring(0, 2))).atTime(java.time.LocalTime.parse(time.substring(3)))
                : DAY.atTime(java.time.LocalTime.parse(time));
        return local.atZone(WARSAW).toInstant();
    }

    private void script() {
        agent1();
        ContactId c1 = contact("C1", "13 23:59:40", "dowod");
        add(new CallQueued(c1, at("13 23:59:50"), DOKUMENTY, MC, 0));
        answer(c1, DOKUMENTY, AGENT1, "13 23:59:50", "00:00:10");
        end(c1, "00:05:10", CallEndReason.CALLER_HUNG_UP);
        add(new WrapUpDone(c1, at("00:05:40"), AGENT1));

        ContactId c2 = contact("C2", "23:59:50", "dowod");
        add(new CallQueued(c2, at("15 00:00:05"), DOKUMENTY, MC, 0));
        add(new CallAbandoned(c2, at("15 00:00:35"), DOKUMENTY, Duration.ofSeconds(45)));
        end(c2, "15 00:00:35", CallEndReason.CALLER_HUNG_UP);

        ContactId c3 = contact("C3", "08:00:00", "dowod");
        add(new CallQueued(c3, at("08:00:20"), DOKUMENTY, MC, 0));
        add(new CallOffered(c3, at("08:00:21"), DOKUMENTY, AGENT1));
        answer(c3, DOKUMENTY, AGENT1, "08:00:00", "08:00:35");
        add(new ArticleOpened(c3, at("08:01:00"), AGENT1, "dowod-utrata"));
        add(new KnowledgeSearched(c3, at("08:01:30"), AGENT1, "zgubiony dowód", 3));
        add(new KnowledgeSearched(c3, at("08:01:40"), AGENT1, "xyz", 0));
        add(new CallHeld(c3, at("08:02:00"), AGENT1));
        add(new CallResumed(c3, at("08:03:00"), AGENT1));
        end(c3, "08:05:35", CallEndReason.AGENT_HUNG_UP);
        add(new ContactClassified(c3, at("08:06:00"), AGENT1, "dowod", WrapUpOutcome.ANSWERED, null, ""));
        add(new WrapUpDone(c3, at("08:06:05"), AGENT1));

        ContactId c4 = contact("C4", "08:14:00", "praca");
        add(new CallQueued(c4, at("08:14:20"), PRACA, MRPIPS, 0));
        add(new CallOffered(c4, at("08:14:21"), PRACA, AGENT2));
        add(new CallNotAnswered(c4, at("08:14:36"), PRACA, AGENT2));
        add(new CallOffered(c4, at("08:14:51"), PRACA, AGENT1));
        answer(c4, PRACA, AGENT1, "08:14:00", "08:15:00");
        end(c4, "08:20:00", CallEndReason.CALLER_HUNG_UP);
        add(new ContactClassified(c4, at("08:20:10"), AGENT1, "zasilek", WrapUpOutcome.ANSWERED, null, ""));
        add(new WrapUpDone(c4, at("08:20:20"), AGENT1));

        ContactId c5 = contact("C5", "09:00:00", "dowod");
        add(new CallQueued(c5, at("09:00:10"), DOKUMENTY, MC, 0));
        add(new CallAbandoned(c5, at("09:00:13"), DOKUMENTY, Duration.ofSeconds(13)));
        end(c5, "09:00:13", CallEndReason.CALLER_HUNG_UP);

        ContactId c6 = contact("C6", "09:10:00", "dowod");
        add(new CallQueued(c6, at("09:10:10"), DOKUMENTY, MC, 0));
        add(new CallOffered(c6, at("09:10:20"), DOKUMENTY, AGENT2));
        add(new CallAbandoned(c6, at("09:10:40"), DOKUMENTY, Duration.ofSeconds(40)));
        end(c6, "09:10:40", CallEndReason.CALLER_HUNG_UP);

        ContactId c7 = contact("C7", "10:00:00", "dowod");
        add(new CallQueued(c7, at("10:00:10"), DOKUMENTY, MC, 0));
        answer(c7, DOKUMENTY, AGENT2, "10:00:00", "10:00:20");
        add(new CallTransferred(c7, at("10:03:20"), AGENT2, "queue:praca", false));
        add(new CallQueued(c7, at("10:03:20"), PRACA, MRPIPS, 1));
        add(new WrapUpDone(c7, at("10:03:50"), AGENT2));
        answer(c7, PRACA, AGENT3, "10:03:20", "10:03:50");
        add(new ArticleOpened(c7, at("10:05:00"), AGENT3, "zasilek-dla-bezrobotnych"));
        end(c7, "10:07:50", CallEndReason.AGENT_HUNG_UP);
        add(new ContactClassified(c7, at("10:07:55"), AGENT3, "zasilek", WrapUpOutcome.ANSWERED, null, ""));
        add(new WrapUpDone(c7, at("10:08:00"), AGENT3));

        ContactId c8 = contact("C8", "11:00:00", "dowod");
        add(new CallQueued(c8, at("11:00:10"), DOKUMENTY, MC, 0));
        add(new CallbackScheduled(c8, at("11:01:10"), DOKUMENTY, "+48600100200"));
        end(c8, "11:01:15", CallEndReason.CALLER_HUNG_UP);
        add(new CallOffered(c8, at("11:30:00"), DOKUMENTY, AGENT2));
        answer(c8, DOKUMENTY, AGENT2, "11:00:00", "11:30:05");
        add(new CallbackAttempted(c8, at("11:30:10"), AGENT2, 1, "CONNECTED"));
        end(c8, "11:33:05", CallEndReason.AGENT_HUNG_UP);
        add(new WrapUpDone(c8, at("11:33:35"), AGENT2));

        ContactId c9 = contact("C9", "12:00:00", "podatki");
        add(new CallQueued(c9, at("12:00:10"), DOKUMENTY, MC, 0));
        add(new CallOverflowed(c9, at("12:02:10"), DOKUMENTY, "office:KAS", Duration.ofSeconds(130)));
        end(c9, "12:02:30", CallEndReason.TRANSFERRED_OUT);

        ContactId c10 = contact("C10", "13:00:00", "dowod");
        add(new CallQueued(c10, at("13:00:10"), DOKUMENTY, MC, 0));
        answer(c10, DOKUMENTY, AGENT3, "13:00:00", "13:00:25");
        add(new CallTransferred(c10, at("13:02:25"), AGENT3, "office:MSWIA", false));
        end(c10, "13:02:53", CallEndReason.TRANSFERRED_OUT);
        add(new ContactClassified(c10, at("13:03:00"), AGENT3, "dowod", WrapUpOutcome.TRANSFERRED_TO_OFFICE,
                OfficeCode.of("MSWIA"), "MSWIA"));
        add(new WrapUpDone(c10, at("13:03:13"), AGENT3));

        ContactId c11 = contact("C11", "14:00:00", null);
        end(c11, "14:00:20", CallEndReason.CALLER_HUNG_UP);

        ContactId c12 = new ContactId("rep-day-C12");
        add(new CallArrived(c12, at("14:30:00"), "+48500000012", "infolinia"));
        end(c12, "14:30:30", CallEndReason.FLOW_HUNG_UP);

        ContactId c13 = contact("C13", "15:00:00", null);
        add(new CallTransferred(c13, at("15:00:06"), null, "office:ZUS", false));
        end(c13, "15:00:30", CallEndReason.TRANSFERRED_OUT);
    }

    /** agent1's states: a night shift into the day and a morning hour with a break. */
    private void agent1() {
        state("13 23:50:00", AgentPresence.AVAILABLE, AgentActivity.IDLE);
        state("13 23:59:55", AgentPresence.AVAILABLE, AgentActivity.RINGING);
        state("00:00:10", AgentPresence.AVAILABLE, AgentActivity.ON_CALL);
        state("00:05:10", AgentPresence.AVAILABLE, AgentActivity.WRAP_UP);
        state("00:05:40", AgentPresence.AVAILABLE, AgentActivity.IDLE);
        state("00:30:00", AgentPresence.LOGGED_OUT, AgentActivity.IDLE);
        state("08:00:00", AgentPresence.AVAILABLE, AgentActivity.IDLE);
        state("08:00:21", AgentPresence.AVAILABLE, AgentActivity.RINGING);
        state("08:00:35", AgentPresence.AVAILABLE, AgentActivity.ON_CALL);
        state("08:05:35", AgentPresence.AVAILABLE, AgentActivity.WRAP_UP);
        state("08:06:05", AgentPresence.AVAILABLE, AgentActivity.IDLE);
        state("08:14:51", AgentPresence.AVAILABLE, AgentActivity.RINGING);
        state("08:15:00", AgentPresence.AVAILABLE, AgentActivity.ON_CALL);
        state("08:20:00", AgentPresence.AVAILABLE, AgentActivity.WRAP_UP);
        state("08:20:20", AgentPresence.AVAILABLE, AgentActivity.IDLE);
        state("08:30:00", AgentPresence.ON_BREAK, AgentActivity.IDLE);
        state("08:45:00", AgentPresence.AVAILABLE, AgentActivity.IDLE);
        state("09:00:00", AgentPresence.LOGGED_OUT, AgentActivity.IDLE);
    }

    private ContactId contact(String name, String arrives, String topic) {
        ContactId id = new ContactId("rep-day-" + name);
        Instant at = at(arrives);
        add(new CallArrived(id, at, "+48500000" + name.substring(1), "infolinia"));
        add(new IvrChoiceMade(id, at.plusSeconds(5), "menu", topic == null ? "9" : "1"));
        if (topic != null) {
            add(new TopicChosen(id, at.plusSeconds(6), topic));
        }
        return id;
    }

    private void answer(ContactId contact, QueueCode queue, AgentId agent, String arrived, String time) {
        add(new CallAnswered(contact, at(time), queue, agent, Duration.between(at(arrived), at(time))));
    }

    private void end(ContactId contact, String time, CallEndReason reason) {
        add(new CallEnded(contact, at(time), reason));
    }

    private void state(String time, AgentPresence presence, AgentActivity activity) {
        add(new AgentStateChanged(AGENT1, at(time), presence, activity, presence == AgentPresence.ON_BREAK ? "kawa" : ""));
    }

    private void add(ContactEvent event) {
        events.add(event);
    }
}
