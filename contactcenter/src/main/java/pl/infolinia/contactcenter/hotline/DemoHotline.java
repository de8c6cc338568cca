package pl.infolinia.contactcenter.hotline;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.ivr.FlowContext;
import pl.infolinia.contactcenter.prompt.PromptSet;
import pl.infolinia.contactcenter.queue.Queue;

/**
 * The demo hotline of {@code start-dev}: number {@code infolinia}, the flow
 * {@code demo/ivr/infolinia.yaml}, and one queue per topic of its menu, each served by agents
 * with the skill of the same name.
 */
public final class DemoHotline {

    /** The number and the flow name. */
    public static final String NUMBER = "infolinia";
    /** The calendar the flow's hours check names; open at all hours in the demo unless configured. */
    public static final String CALENDAR = "infolinia";
    /** Topic queues in menu order (1 … 9), then the one for a consultant directly (0). */
    public static final List<String> QUEUES = List.of("dokumenty", "rodzina", "praca", "zdrowie", "pojazdy",
            "podatki", "firma", "cudzoziemcy", "inne", "konsultant");

    private DemoHotline() {
    }

    public static Hotline hotline(OfficeCode office) {
        return new Hotline(NUMBER, NUMBER, office);
    }

    /** The demo queues, all run by {@code office}, longest-idle, default times, no overflow. */
    public static List<Queue> queues(OfficeCode office) {
        return QUEUES.stream().map(code -> Queue.of(QueueCode.of(code), office, code)).toList();
    }

    /**
     * How long a caller of the demo flow listens before the menu: the greeting and the recording
     * notice, which a key does not skip; a key pressed after this chooses in the menu.
     */
    public static Duration untilTheMenu(PromptSet prompts) throws IOException {
        return prompts.length("powitanie").plus(prompts.length("nagrywanie-rodo"));
    }

    /** What the demo flow may refer to, with the offices that have transfer destinations; no queue records. */
    public static FlowContext context(Set<OfficeCode> offices) {
        return context(offices, Set.of());
    }

    /** As {@link #context(Set)}, with the queues whose calls may be recorded (their callers hear the notice first). */
    public static FlowContext context(Set<OfficeCode> offices, Set<QueueCode> recordedQueues) {
        return new FlowContext(QUEUES.stream().map(QueueCode::of).collect(Collectors.toSet()), offices, Set.of(CALENDAR),
                recordedQueues);
    }
}
