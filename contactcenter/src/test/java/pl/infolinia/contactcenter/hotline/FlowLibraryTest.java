package pl.infolinia.contactcenter.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.MutableClock;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.ivr.FlowContext;
import pl.infolinia.contactcenter.ivr.InvalidFlow;
import pl.infolinia.contactcenter.ivr.IvrNode;

class FlowLibraryTest {

    private static final FlowContext NOTHING = new FlowContext(Set.of(), Set.of(), Set.of());
    private final FlowLibrary library = new FlowLibrary(new MutableClock(Instant.parse("2026-04-07T08:00:00Z")));

    private static String goodbye(String prompt) {
        return "name: nocna\nstart: koniec\nnodes:\n  koniec:\n    type: hangup\n    prompt: " + prompt + "\n";
    }

    @Test
    void servesNewCallsTheLatestPublishedVersion() {
        library.publish("nocna.yaml", goodbye("do-widzenia"), NOTHING);
        library.publish("nocna.yaml", goodbye("zapraszamy-jutro"), NOTHING);
        FlowVersion current = library.current("nocna").orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(((IvrNode.HangUp) current.flow().node("koniec")).prompt()).contains("zapraszamy-jutro");
        assertThat(library.history("nocna")).extracting(FlowVersion::version).containsExactly(1, 2);
    }

    @Test
    void keepsTheCurrentVersionWhenAnEditIsInvalid() {
        library.publish("nocna.yaml", goodbye("do-widzenia"), NOTHING);
        assertThatThrownBy(() -> library.publish("nocna.yaml", "name: nocna\nstart: brak\nnodes: {}\n", NOTHING))
                .isInstanceOf(InvalidFlow.class);
        assertThat(library.current("nocna").orElseThrow().version()).isEqualTo(1);
        assertThat(library.current("inna")).isEmpty();
    }

    @Test
    void findsTheHotlineByTheCalledNumberAndRefusesABindingTwice() {
        Hotline infolinia = new Hotline("infolinia", "infolinia", OfficeCode.of("KPRM"));
        HotlineDirectory directory = new HotlineDirectory(List.of(infolinia, new Hotline("226000000", "infolinia", OfficeCode.of("KPRM"))));
        assertThat(directory.find("infolinia")).contains(infolinia);
        assertThat(directory.find("agent1")).isEmpty();
        assertThatThrownBy(() -> new HotlineDirectory(List.of(infolinia, infolinia))).hasMessageContaining("bound twice");
    }
}
