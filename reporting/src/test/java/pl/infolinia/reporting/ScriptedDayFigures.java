package pl.infolinia.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.infolinia.reporting.ScriptedDay.at;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import pl.infolinia.reporting.interval.IntervalLength;
import pl.infolinia.reporting.interval.Period;
import pl.infolinia.reporting.metric.AgentState;
import pl.infolinia.reporting.metric.ConsultantFigures;
import pl.infolinia.reporting.metric.ConsultantRow;
import pl.infolinia.reporting.metric.Grouping;
import pl.infolinia.reporting.metric.HotlineHistory;
import pl.infolinia.reporting.metric.IvrExit;
import pl.infolinia.reporting.metric.KnowledgeUse;
import pl.infolinia.reporting.metric.Scope;
import pl.infolinia.reporting.metric.TrafficFigures;
import pl.infolinia.reporting.metric.TrafficRow;
import pl.infolinia.reporting.metric.TransferRow;

/**
 * The figures of {@link ScriptedDay}, worked out by hand; each comment shows the arithmetic. Used
 * by the module's test on events in memory and by the server's tests on the events in H2 and
 * PostgreSQL, so that every path gives the same numbers.
 */
public final class ScriptedDayFigures {

    /*
     * Whole day, one row per contact that joined a queue on 14 Jan: C3..C10 -> offered 8.
     * answered C3 (15 s), C4 (40 s), C7 (10 s), C10 (15 s) = 4, waits 15+40+10+15 = 80 s, ASA 20 s;
     * in target: C3 15<=20, C7 10<=20, C10 15<=20 (C4 40>30) = 3; abandoned C6 (30 s); short C5 (3 s < 5);
     * overflowed C9 (120 s: the longest wait); service level 3/(4+1) = 0.6.
     * handled parts: C3 240+60 hold+30, C4 300+20, C7 180+30 and 240+10, C8 180+30, C10 148+20 = 6;
     * talk 240+300+180+240+180+148 = 1288 s, hold 60 s, wrap-up 30+20+30+10+30+20 = 140 s; AHT 1488/6 = 248 s.
     * callbacks C8: requested 1, completed 1.
     */
    static final TrafficFigures DAY_TOTAL = figures(8, 4, 1, 1, 1, 3, 80, 120, 6, 1288, 60, 140, 1, 1);

    /* dokumenty: C3,C5,C6,C7,C8,C9,C10 = 7; answered C3 15, C7 10, C10 15 (40 s, all in 20 s);
     * handled C3, C7's first part, C8, C10: talk 240+180+180+148 = 748, wrap 30+30+30+20 = 110. */
    static final TrafficFigures DOKUMENTY = figures(7, 3, 1, 1, 1, 3, 40, 120, 4, 748, 60, 110, 1, 1);

    /* praca: C4 (40 s > 30) and C7 transferred in (30 s <= 30): once each; 70 s; talk 300+240, wrap 20+10. */
    static final TrafficFigures PRACA = figures(2, 2, 0, 0, 0, 1, 70, 40, 2, 540, 0, 30, 0, 0);

    /* topic dowod (C3, C5, C6, C8, C10): answered C3 15, C10 15; longest C6 30; talk 240+180+148 = 568, wrap 30+30+20. */
    static final TrafficFigures DOWOD = figures(5, 2, 1, 1, 0, 2, 30, 30, 3, 568, 60, 80, 1, 1);

    /* topic zasilek (C4 and C7 as classified): C7 once, waited 10 s in dokumenty before its first answer;
     * C4 40 s; talk 300+180+240 = 720, wrap 20+30+10 = 60. */
    static final TrafficFigures ZASILEK = figures(2, 2, 0, 0, 0, 1, 50, 40, 3, 720, 0, 60, 0, 0);

    /* topic podatki: C9 overflowed after 120 s. */
    static final TrafficFigures PODATKI = figures(1, 0, 0, 0, 1, 0, 0, 120, 0, 0, 0, 0, 0, 0);

    /* agent1 answered C3 (15 in) and C4 (40 out): talk 240+300, hold 60, wrap 30+20 (also the 08:00 quarter). */
    static final TrafficFigures AGENT1_CALLS = figures(2, 2, 0, 0, 0, 1, 55, 40, 2, 540, 60, 50, 0, 0);

    /* agent2: C7 in dokumenty (10 s) and C8's callback (not an answer): talk 180+180, wrap 30+30. */
    static final TrafficFigures AGENT2_CALLS = figures(2, 1, 0, 0, 0, 1, 10, 10, 2, 360, 0, 60, 1, 1);

    /* agent3: C7 in praca (30 <= 30) and C10 (15): talk 240+148, wrap 10+20. */
    static final TrafficFigures AGENT3_CALLS = figures(2, 2, 0, 0, 0, 2, 45, 30, 2, 388, 0, 30, 0, 0);

    /* 13 Jan: C1 queued 23:59:50, answered 00:00:10 (20 <= 20), talk 300, wrap 30. */
    static final TrafficFigures DAY_BEFORE = figures(1, 1, 0, 0, 0, 1, 20, 20, 1, 300, 0, 30, 0, 0);

    /* 09:00-10:00: C5 short abandon (3 s), C6 abandoned while ringing (30 s). */
    static final TrafficFigures NINE_OCLOCK = figures(2, 0, 1, 1, 0, 0, 0, 30, 0, 0, 0, 0, 0, 0);

    static final TrafficFigures NOTHING = figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private ScriptedDayFigures() {
    }

    /** Checks every report of the day, the history of a period coming from {@code history}. */
    public static void verify(Function<Period, HotlineHistory> history) {
        HotlineHistory day = history.apply(ScriptedDay.day());
        verifyTraffic(day);
        verifyConsultants(day);
        verifyTransfersIvrAndKnowledge(day);
        verifyAcrossMidnight(history.apply(Period.days(LocalDate.of(2026, 1, 13), ScriptedDay.DAY, ScriptedDay.WARSAW)));
    }

    static void verifyTraffic(HotlineHistory day) {
        assertThat(groups(day.traffic(IntervalLength.DAY, Grouping.TOTAL, Scope.all()))).containsExactly(Map.entry("", DAY_TOTAL));
        assertThat(DAY_TOTAL.serviceLevel()).contains(0.6);
        assertThat(DAY_TOTAL.averageSpeedOfAnswer()).contains(Duration.ofSeconds(20));
        assertThat(DAY_TOTAL.averageHandleTime()).contains(Duration.ofSeconds(248));
        assertThat(groups(day.traffic(IntervalLength.DAY, Grouping.HOTLINE, Scope.all()))).containsExactly(Map.entry("infolinia", DAY_TOTAL));
        assertThat(groups(day.traffic(IntervalLength.DAY, Grouping.QUEUE, Scope.all())))
                .containsExactly(Map.entry("dokumenty", DOKUMENTY), Map.entry("praca", PRACA));
        assertThat(groups(day.traffic(IntervalLength.DAY, Grouping.OFFICE, Scope.all())))
                .containsExactly(Map.entry("MC", DOKUMENTY), Map.entry("MRPiPS", PRACA));
        assertThat(groups(day.traffic(IntervalLength.DAY, Grouping.OFFICE, Scope.office(ScriptedDay.MRPIPS))))
                .containsExactly(Map.entry("MRPiPS", PRACA));
        assertThat(groups(day.traffic(IntervalLength.DAY, Grouping.TOPIC, Scope.all())))
                .containsExactly(Map.entry("dowod", DOWOD), Map.entry("podatki", PODATKI), Map.entry("zasilek", ZASILEK));
        assertThat(groups(day.traffic(IntervalLength.DAY, Grouping.CONSULTANT, Scope.all()))).containsExactly(
                Map.entry("rep-agent1", AGENT1_CALLS), Map.entry("rep-agent2", AGENT2_CALLS), Map.entry("rep-agent3", AGENT3_CALLS));

        List<TrafficRow> quarters = day.traffic(IntervalLength.QUARTER_HOUR, Grouping.TOTAL, Scope.all());
        assertThat(quarters).hasSize(96);
        // C4 joined at 08:14:20 and was answered at 08:15:00: it belongs to the quarter it joined in
        assertThat(row(quarters, "08:00:00").figures()).isEqualTo(AGENT1_CALLS);
        assertThat(row(quarters, "08:15:00").figures()).isEqualTo(NOTHING);
        assertThat(quarters.stream().mapToInt(r -> r.figures().offered()).sum()).isEqualTo(8);

        List<TrafficRow> hours = day.traffic(IntervalLength.HOUR, Grouping.TOTAL, Scope.all());
        assertThat(hours).hasSize(24);
        assertThat(row(hours, "09:00:00").figures()).isEqualTo(NINE_OCLOCK);
        assertThat(row(hours, "00:00:00").figures()).isEqualTo(NOTHING); // C1 joined the day before, C2 the day after

        for (IntervalLength longer : List.of(IntervalLength.WEEK, IntervalLength.MONTH, IntervalLength.PERIOD)) {
            List<TrafficRow> rows = day.traffic(longer, Grouping.TOTAL, Scope.all());
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.figures()).isEqualTo(DAY_TOTAL);
                assertThat(r.interval().start()).isEqualTo(ScriptedDay.day().from()); // cut to the period
            });
        }
    }

    static void verifyConsultants(HotlineHistory day) {
        /*
         * agent1 on 14 Jan (state before 00:00 from the night shift's changes read in the margin):
         * READY 00:05:40-00:30:00 1460 + 08:00:00-08:00:21 21 + 08:06:05-08:14:51 526 + 08:20:20-08:30 580
         *       + 08:45-09:00 900 = 3487 s
         * RINGING 00:00-00:00:10 10 + 14 + 9 = 33 s; ON_CALL 300+300+300 = 900 s; WRAP_UP 30+30+20 = 80 s
         * BREAK 08:30-08:45 900 s; LOGGED_OUT 00:30-08:00 27000 + 09:00-24:00 54000 = 81000 s (sum 86400)
         * occupancy (900+80) / (3487+33+900+80) = 980/4500
         */
        assertThat(day.consultants(IntervalLength.PERIOD)).extracting(ConsultantRow::figures)
                .isEqualTo(day.consultants(IntervalLength.DAY).stream().map(ConsultantRow::figures).toList());
        List<ConsultantRow> rows = day.consultants(IntervalLength.DAY);
        assertThat(rows).extracting(ConsultantRow::agent).containsExactly("rep-agent1", "rep-agent2", "rep-agent3");
        ConsultantFigures agent1 = rows.get(0).figures();
        assertThat(agent1.stateTimes()).isEqualTo(seconds(3487, 33, 900, 80, 900, 81000));
        assertThat(agent1.occupancy()).contains(980.0 / 4500);
        assertThat(agent1.calls()).isEqualTo(AGENT1_CALLS);
        assertThat(agent1.ringsNotAnswered()).isZero();
        assertThat(rows.get(1).figures().stateTimes()).isEmpty(); // no state change of agent2 was stored
        assertThat(rows.get(1).figures().calls()).isEqualTo(AGENT2_CALLS);
        assertThat(rows.get(1).figures().ringsNotAnswered()).isEqualTo(1); // C4 at 08:14:36
        assertThat(rows.get(2).figures().calls()).isEqualTo(AGENT3_CALLS);

        /* 08:00-09:00: READY 21+526+580+900 = 2027, RINGING 14+9, ON_CALL 300+300, WRAP_UP 30+20, BREAK 900 */
        List<ConsultantRow> eight = day.consultants(IntervalLength.HOUR).stream()
                .filter(r -> r.interval().start().equals(at("08:00:00"))).toList();
        assertThat(eight).extracting(ConsultantRow::agent).containsExactly("rep-agent1", "rep-agent2");
        assertThat(eight.get(0).figures().stateTimes()).isEqualTo(seconds(2027, 23, 600, 50, 900, 0));
        assertThat(eight.get(0).figures().occupancy()).contains(650.0 / 2700);
        assertThat(eight.get(1).figures().ringsNotAnswered()).isEqualTo(1);
        assertThat(eight.get(1).figures().calls()).isEqualTo(NOTHING);
    }

    static void verifyTransfersIvrAndKnowledge(HotlineHistory day) {
        // C10 by its consultant at 13:02:25, C13 by the IVR; C7's transfer to a queue is no office's
        assertThat(day.transfers(IntervalLength.DAY, Scope.all())).extracting(TransferRow::office, TransferRow::transfers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MSWIA", 1), org.assertj.core.groups.Tuple.tuple("ZUS", 1));
        // arrivals on the day: C2..C13 (C2 at 23:59:50 though it queued after midnight; C1 arrived the day before)
        assertThat(day.ivrExits()).containsExactlyInAnyOrder(
                new IvrExit("menu", IvrExit.How.REACHED_QUEUE, 9),
                new IvrExit("menu", IvrExit.How.HUNG_UP, 1),
                new IvrExit("menu", IvrExit.How.SENT_TO_OFFICE, 1),
                new IvrExit(IvrExit.MENU_START, IvrExit.How.ENDED_BY_FLOW, 1));
        assertThat(day.ivrExits().getFirst()).isEqualTo(new IvrExit("menu", IvrExit.How.REACHED_QUEUE, 9));
        // handled contacts: dowod C3, C8, C10 (C3: 1 article, 2 searches, 1 empty); zasilek C4, C7 (C7: 1 article)
        assertThat(day.knowledgeUse(Scope.all())).containsExactly(
                new KnowledgeUse("dowod", 3, 1, 2, 1), new KnowledgeUse("zasilek", 2, 1, 0, 0));
    }

    static void verifyAcrossMidnight(HotlineHistory twoDays) {
        assertThat(twoDays.traffic(IntervalLength.DAY, Grouping.TOTAL, Scope.all())).extracting(TrafficRow::figures)
                .containsExactly(DAY_BEFORE, DAY_TOTAL);
    }

    private static Map<AgentState, Duration> seconds(long ready, long ringing, long onCall, long wrapUp, long onBreak,
            long loggedOut) {
        Map<AgentState, Duration> times = new java.util.EnumMap<>(AgentState.class);
        long[] all = {ready, ringing, onCall, wrapUp, onBreak, loggedOut};
        AgentState[] states = {AgentState.READY, AgentState.RINGING, AgentState.ON_CALL, AgentState.WRAP_UP,
                AgentState.BREAK, AgentState.LOGGED_OUT};
        for (int i = 0; i < all.length; i++) {
            if (all[i] > 0) {
                times.put(states[i], Duration.ofSeconds(all[i]));
            }
        }
        return times;
    }

    private static List<Map.Entry<String, TrafficFigures>> groups(List<TrafficRow> rows) {
        return rows.stream().map(r -> Map.entry(r.group(), r.figures())).toList();
    }

    private static TrafficRow row(List<TrafficRow> rows, String localTime) {
        return rows.stream().filter(r -> r.interval().start().equals(at(localTime))).findFirst().orElseThrow();
    }

    private static TrafficFigures figures(int offered, int answered, int abandoned, int shortAbandoned, int overflowed,
            int inTarget, long waitOfAnswered, long longestWait, int handled, long talk, long hold, long wrapUp,
            int callbacksRequested, int callbacksCompleted) {
        return new TrafficFigures(offered, answered, abandoned, shortAbandoned, overflowed, inTarget,
                Duration.ofSeconds(waitOfAnswered), Duration.ofSeconds(longestWait), handled, Duration.ofSeconds(talk),
                Duration.ofSeconds(hold), Duration.ofSeconds(wrapUp), callbacksRequested, callbacksCompleted);
    }
}
