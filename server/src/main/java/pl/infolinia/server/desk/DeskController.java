package pl.infolinia.server.desk;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.WrapUpOutcome;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.switchboard.Switchboard;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.server.live.LiveFeed;
import pl.infolinia.server.live.LiveSignal;
import pl.infolinia.server.live.StateClock;
import pl.infolinia.server.security.SignedInUser;

/**
 * The consultant's desktop page and its live parts: the state bar, the call card (a pop-up while
 * the phone rings), the call controls and wrap-up, and the event stream that refreshes them.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/desk")
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
class DeskController {

    private final Acd acd;
    private final Switchboard switchboard;
    private final DeskContacts contacts;
    private final SuggestedArticles suggestions;
    private final TransferDirectory directory;
    private final KnowledgeBase knowledge;
    private final StateClock stateClock;
    private final LiveFeed feed;
    private final Clock clock;

    DeskController(Acd acd, Switchboard switchboard, DeskContacts contacts, SuggestedArticles suggestions, TransferDirectory directory,
            KnowledgeBase knowledge, StateClock stateClock, LiveFeed feed, Clock clock) {
        this.acd = acd;
        this.switchboard = switchboard;
        this.contacts = contacts;
        this.suggestions = suggestions;
        this.directory = directory;
        this.knowledge = knowledge;
        this.stateClock = stateClock;
        this.feed = feed;
        this.clock = clock;
    }

    @GetMapping
    String desk(@AuthenticationPrincipal SignedInUser me, Model model) {
        AgentId agent = AgentId.of(me.getUsername());
        Optional<DeskContact> current = contacts.current(agent);
        status(me, model);
        showCall(agent, current, model);
        showWork(agent, current, model);
        return "desk/desk";
    }

    @GetMapping("/status")
    String status(@AuthenticationPrincipal SignedInUser me, Model model) {
        AgentId agent = AgentId.of(me.getUsername());
        model.addAttribute("state", acd.hasAgent(agent)
                ? DeskState.of(acd.agent(agent), stateClock.since(agent))
                : DeskState.offTheFloor(clock.instant()));
        model.addAttribute("breakReasons", DeskActionsController.BREAK_REASONS);
        return "desk/desk :: status";
    }

    @GetMapping("/call")
    String call(@AuthenticationPrincipal SignedInUser me, Model model) {
        AgentId agent = AgentId.of(me.getUsername());
        showCall(agent, contacts.current(agent), model);
        return "desk/desk :: call";
    }

    private void showCall(AgentId agent, Optional<DeskContact> current, Model model) {
        model.addAttribute("activity", acd.hasAgent(agent) ? acd.agent(agent).activity() : AgentActivity.IDLE);
        model.addAttribute("contact", current.orElse(null));
        model.addAttribute("earlier", current.map(contacts::earlier).orElse(List.of()));
        model.addAttribute("suggested", current.map(c -> suggestions.forTopic(c.topic())).orElse(List.of()));
        model.addAttribute("opened", current.map(c -> c.articlesOpened().stream()
                .map(id -> new OpenedArticle(id, Optional.of(id).filter(ArticleId::isValid).map(ArticleId::new)
                        .flatMap(knowledge::article).map(Article::title).orElse(id)))
                .toList()).orElse(List.of()));
    }

    @GetMapping("/work")
    String work(@AuthenticationPrincipal SignedInUser me, Model model) {
        AgentId agent = AgentId.of(me.getUsername());
        showWork(agent, contacts.current(agent), model);
        return "desk/desk :: work";
    }

    private void showWork(AgentId agent, Optional<DeskContact> current, Model model) {
        AgentActivity activity = acd.hasAgent(agent) ? acd.agent(agent).activity() : AgentActivity.IDLE;
        Optional<DeskContact> toClassify = activity == AgentActivity.WRAP_UP ? current
                : activity == AgentActivity.IDLE ? contacts.unclassified(agent) : Optional.empty();
        model.addAttribute("workActivity", activity);
        model.addAttribute("talking", activity == AgentActivity.ON_CALL ? current.orElse(null) : null);
        model.addAttribute("recording", activity == AgentActivity.ON_CALL
                ? current.flatMap(contact -> switchboard.recording(contact.id())).orElse(null) : null);
        model.addAttribute("consulting", activity == AgentActivity.ON_CALL && current
                .flatMap(contact -> switchboard.consultation(contact.id())).isPresent());
        model.addAttribute("wrapUp", toClassify.orElse(null));
        model.addAttribute("targets", directory.all());
        model.addAttribute("taxonomy", knowledge.taxonomy().sections());
        model.addAttribute("outcomes", WrapUpOutcome.values());
    }

    /** An article opened during the contact, by this consultant or one before them. */
    public record OpenedArticle(String id, String title) {
    }

    /**
     * Signals for the consultant's desk: their own events and those of the contact they were last
     * offered (its end, say, which names no consultant).
     */
    @GetMapping(value = "/live", produces = "text/event-stream")
    @ResponseBody
    SseEmitter live(@AuthenticationPrincipal SignedInUser me) {
        AgentId agent = AgentId.of(me.getUsername());
        AtomicReference<ContactId> lastOffered = new AtomicReference<>();
        if (acd.hasAgent(agent)) {
            acd.agent(agent).contact().map(ContactId::of).ifPresent(lastOffered::set);
        }
        return LiveSignal.open(feed, "desk-" + agent.value(), event -> {
            if (event.agent().filter(agent::equals).isPresent()) {
                event.contact().ifPresent(lastOffered::set);
                return true;
            }
            return event.contact().filter(contact -> contact.equals(lastOffered.get())).isPresent();
        });
    }
}
