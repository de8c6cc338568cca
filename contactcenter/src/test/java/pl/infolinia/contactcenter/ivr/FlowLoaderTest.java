package pl.infolinia.contactcenter.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;

class FlowLoaderTest {

    static final FlowContext DEMO_CONTEXT = new FlowContext(
            Set.of("dokumenty", "rodzina", "praca", "zdrowie", "pojazdy", "podatki", "firma", "cudzoziemcy", "inne", "konsultant")
                    .stream().map(QueueCode::of).collect(Collectors.toSet()),
            Set.of(OfficeCode.of("ZUS"), OfficeCode.of("KPRM")),
            Set.of("infolinia"));

    @Test
    void loadsTheDemoHotlineWithAQueuePerTopic() {
        IvrFlow flow = FlowLoader.demo(DEMO_CONTEXT);
        IvrNode.Menu menu = (IvrNode.Menu) flow.node("menu");
        assertThat(menu.options()).hasSize(10);
        assertThat(menu.options().keySet()).containsExactly('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        assertThat(flow.node(menu.options().get('1'))).isEqualTo(new IvrNode.SetTopic("temat-dokumenty", "dokumenty", "kolejka-dokumenty"));
        assertThat(flow.node("kolejka-cudzoziemcy")).isEqualTo(new IvrNode.ToQueue("kolejka-cudzoziemcy", QueueCode.of("cudzoziemcy"), 0));
        assertThat(flow.promptTexts().get("nagrywanie-rodo")).startsWith("Rozmowa jest nagrywana.");
        assertThat(flow.promptTexts().get("menu-glowne")).contains("Cudzoziemcy: naciśnij 8.");
    }

    @Test
    void refusesTheDemoFlowWhenAQueueDoesNotExist() {
        FlowContext withoutForeigners = new FlowContext(
                DEMO_CONTEXT.queues().stream().filter(q -> !q.value().equals("cudzoziemcy")).collect(Collectors.toSet()),
                DEMO_CONTEXT.offices(), DEMO_CONTEXT.calendars());
        assertThatThrownBy(() -> FlowLoader.demo(withoutForeigners))
                .isInstanceOf(InvalidFlow.class)
                .hasMessageContaining("infolinia.yaml:line 115, nodes.kolejka-cudzoziemcy.queue: no queue 'cudzoziemcy'");
    }

    @Test
    void pointsAtTheLineAndFieldOfAnUnknownNode() {
        assertThat(problems("""
                name: test
                start: witaj
                nodes:
                  witaj:
                    type: play
                    prompt: powitanie
                    next: menuu
                  menu:
                    type: hangup
                """)).containsExactly("line 7, nodes.witaj.next: no node 'menuu'", "line 8, nodes.menu: node 'menu' cannot be reached from start 'witaj'");
    }

    @Test
    void reportsEveryMissingFieldAndTypoOfANode() {
        assertThat(problems("""
                name: test
                start: menu
                nodes:
                  menu:
                    type: menu
                    promt: menu-glowne
                    options:
                      1: koniec
                  koniec:
                    type: hangup
                """)).containsExactly(
                "line 5, nodes.menu.prompt: is missing",
                "line 5, nodes.menu.failure: is missing",
                "line 6, nodes.menu.promt: unknown field; expected one of failure, invalid, no-input, options, prompt, repeats, timeout, type");
    }

    @Test
    void refusesUnknownTypesBadNumbersAndBadKeys() {
        assertThat(problems("""
                name: test
                start: menu
                nodes:
                  menu:
                    type: menu
                    prompt: menu-glowne
                    timeout: pięć
                    options:
                      11: koniec
                      "#": koniec
                    failure: koniec
                  koniec:
                    type: rozlacz
                """)).containsExactly(
                "line 7, nodes.menu.timeout: must be a whole number from 1 to 60",
                "line 9, nodes.menu.options.11: an option is one key: 0-9, * or #",
                "line 13, nodes.koniec.type: unknown node type 'rozlacz'; use play, menu, collect, hours, topic, queue, office, callback, message or hangup");
    }

    @Test
    void refusesQueuesOfficesAndCalendarsTheContextDoesNotKnow() {
        assertThat(problems("""
                name: test
                start: godziny
                nodes:
                  godziny:
                    type: hours
                    calendar: urzad
                    open: kolejka
                    closed: urzad
                  kolejka:
                    type: queue
                    queue: paszporty
                  urzad:
                    type: office
                    office: MSWiA
                """)).containsExactly(
                "line 6, nodes.godziny.calendar: no calendar 'urzad'",
                "line 11, nodes.kolejka.queue: no queue 'paszporty'",
                "line 14, nodes.urzad.office: no office 'MSWiA' with a transfer destination");
    }

    @Test
    void refusesNodesThatCannotBeReached() {
        assertThat(problems("""
                name: test
                start: koniec
                nodes:
                  koniec:
                    type: hangup
                  zapomniany:
                    type: hangup
                    prompt: do-widzenia
                """)).containsExactly("line 6, nodes.zapomniany: node 'zapomniany' cannot be reached from start 'koniec'");
    }

    @Test
    void refusesALoopThatNeverWaitsForTheCallerButAcceptsOneThroughAMenu() {
        assertThat(problems("""
                name: test
                start: a
                nodes:
                  a:
                    type: play
                    prompt: raz
                    next: b
                  b:
                    type: topic
                    topic: inne
                    next: a
                """)).containsExactly("line 4, nodes.a: loop a → b → a never waits for the caller; put a menu in it or end it");
        assertThat(problems("""
                name: test
                start: a
                nodes:
                  a:
                    type: play
                    prompt: raz
                    next: menu
                  menu:
                    type: menu
                    prompt: wybierz
                    options:
                      1: a
                    failure: a
                """)).isEmpty();
    }

    @Test
    void reportsBrokenYamlAndDuplicateFieldsWithTheirLines() {
        assertThat(problems("name: test\nstart: [a\nnodes: {}\n")).singleElement().asString().startsWith("line 3, not valid YAML");
        assertThat(problems("""
                name: test
                start: a
                nodes:
                  a:
                    type: hangup
                    prompt: raz
                    prompt: dwa
                """)).containsExactly("line 7, nodes.a.prompt: appears twice");
        assertThat(problems("- just\n- a list\n")).containsExactly("line 1, a flow file is a mapping with name, start and nodes");
    }

    @Test
    void listsEveryProblemInTheExceptionWithTheFileName() {
        assertThatThrownBy(() -> FlowLoader.load("moja.yaml", "name: x\nnodes: {}\n", DEMO_CONTEXT))
                .isInstanceOfSatisfying(InvalidFlow.class, e -> {
                    assertThat(e.source()).isEqualTo("moja.yaml");
                    assertThat(e.problems()).extracting(FlowProblem::field).containsExactly("start");
                    assertThat(e.getMessage()).contains("moja.yaml:line 1, start: is missing");
                });
    }

    private static List<String> problems(String yaml) {
        return FlowLoader.check(yaml, DEMO_CONTEXT).stream().map(FlowProblem::toString).toList();
    }
}
