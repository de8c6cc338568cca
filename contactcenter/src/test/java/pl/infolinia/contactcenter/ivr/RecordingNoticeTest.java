package pl.infolinia.contactcenter.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.QueueCode;

/** A caller must hear the recording notice before any queue whose calls may be recorded. */
class RecordingNoticeTest {

    private static final FlowContext ALL_RECORDED = context(FlowLoaderTest.DEMO_CONTEXT.queues());

    @Test
    void theDemoFlowPlaysTheNoticeBeforeEveryQueue() {
        assertThat(FlowLoader.check(FlowLoader.demoYaml(), ALL_RECORDED)).isEmpty();
        IvrNode.Play notice = (IvrNode.Play) FlowLoader.demo(ALL_RECORDED).node("nagrywanie");
        assertThat(notice.recordingNotice()).isTrue();
    }

    @Test
    void refusesTheDemoFlowWithoutItsNoticeAtEachRecordedQueue() {
        String withoutNotice = FlowLoader.demoYaml().replace("next: nagrywanie", "next: godziny")
                .replace("""
                          nagrywanie:
                            type: play
                            prompt: nagrywanie-rodo
                            recording-notice: true
                            next: godziny
                        """, "");

        List<FlowProblem> problems = FlowLoader.check(withoutNotice, context(Set.of(QueueCode.of("podatki"))));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("nodes.kolejka-podatki.queue");
            assertThat(problem.line()).isEqualTo(lineOf(withoutNotice, "queue: podatki"));
            assertThat(problem.message()).isEqualTo("queue 'podatki' may record calls, but a caller reaches it without"
                    + " the recording notice (powitanie → godziny → menu → temat-podatki → kolejka-podatki);"
                    + " play the notice before it: a play node with recording-notice: true");
        });
    }

    @Test
    void aQueueThatRecordsNothingNeedsNoNotice() {
        assertThat(problems(context(Set.of(QueueCode.of("dokumenty"))), """
                name: test
                start: kolejka
                nodes:
                  kolejka:
                    type: queue
                    queue: inne
                """)).isEmpty();
    }

    @Test
    void onePathAroundTheNoticeIsEnough() {
        assertThat(problems(context(Set.of(QueueCode.of("inne"))), """
                name: test
                start: menu
                nodes:
                  menu:
                    type: menu
                    prompt: menu-glowne
                    options:
                      1: uwaga
                      2: kolejka
                    failure: uwaga
                  uwaga:
                    type: play
                    prompt: nagrywanie-rozmowy
                    recording-notice: true
                    next: kolejka
                  kolejka:
                    type: queue
                    queue: inne
                """)).containsExactly("line 18, nodes.kolejka.queue: queue 'inne' may record calls, but a caller"
                + " reaches it without the recording notice (menu → kolejka); play the notice before it:"
                + " a play node with recording-notice: true");
    }

    @Test
    void aCallbackOfferIntoARecordedQueueNeedsTheNoticeToo() {
        assertThat(problems(context(Set.of(QueueCode.of("podatki"))), """
                name: test
                start: oferta
                nodes:
                  oferta:
                    type: callback
                    prompt: oddzwonimy-propozycja
                    queue: podatki
                    declined: koniec
                  koniec:
                    type: hangup
                """)).singleElement().asString().startsWith("line 7, nodes.oferta.queue: queue 'podatki' may record calls");
    }

    @Test
    void aPlayOfTheShippedNoticeCountsUnlessTheFlowSaysOtherwise() {
        String flow = """
                name: test
                start: uwaga
                nodes:
                  uwaga:
                    type: play
                    prompt: nagrywanie-rodo
                    %s
                    next: kolejka
                  kolejka:
                    type: queue
                    queue: inne
                """;
        FlowContext recorded = context(Set.of(QueueCode.of("inne")));

        assertThat(problems(recorded, flow.formatted("# no flag"))).isEmpty();
        assertThat(problems(recorded, flow.formatted("recording-notice: false"))).singleElement().asString()
                .startsWith("line 11, nodes.kolejka.queue: queue 'inne' may record calls");
    }

    @Test
    void theFlagIsTrueOrFalse() {
        assertThat(problems(ALL_RECORDED, """
                name: test
                start: uwaga
                nodes:
                  uwaga:
                    type: play
                    prompt: nagrywanie-rozmowy
                    recording-notice: tak
                    next: koniec
                  koniec:
                    type: hangup
                """)).containsExactly("line 7, nodes.uwaga.recording-notice: must be true or false");
    }

    private static FlowContext context(Set<QueueCode> recorded) {
        FlowContext demo = FlowLoaderTest.DEMO_CONTEXT;
        return new FlowContext(demo.queues(), demo.offices(), demo.calendars(), recorded);
    }

    private static List<String> problems(FlowContext context, String yaml) {
        return FlowLoader.check(yaml, context).stream().map(FlowProblem::toString).collect(Collectors.toList());
    }

    private static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + fragment);
    }
}
