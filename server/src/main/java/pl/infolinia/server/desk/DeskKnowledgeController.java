package pl.infolinia.server.desk;

import java.time.Clock;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ArticleOpened;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.KnowledgeSearched;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.search.SearchRequest;
import pl.infolinia.knowledge.search.SearchResults;
import pl.infolinia.server.knowledge.ArticleHtml;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/**
 * The knowledge base inside the desk, beside the call: search as the consultant types, open an
 * article in the side panel. A submitted search and each article opened are kept with the
 * consultant's current contact ({@link KnowledgeSearched}, {@link ArticleOpened}).
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/desk/kb")
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
class DeskKnowledgeController {

    private static final int MAX_QUERY = 200;
    private static final int HITS = 8;

    private final KnowledgeBase knowledge;
    private final DeskContacts contacts;
    private final ContactEventLog log;
    private final Clock clock;

    DeskKnowledgeController(KnowledgeBase knowledge, DeskContacts contacts, ContactEventLog log, Clock clock) {
        this.knowledge = knowledge;
        this.contacts = contacts;
        this.log = log;
        this.clock = clock;
    }

    /** Hits for the typed text; {@code typed=false} (the form submitted) also records the search. */
    @GetMapping
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "true") boolean typed,
            @AuthenticationPrincipal SignedInUser me, Model model) {
        String text = q.strip().length() > MAX_QUERY ? q.strip().substring(0, MAX_QUERY) : q.strip();
        model.addAttribute("q", text);
        if (text.length() < 2) {
            model.addAttribute("results", null);
            return "desk/desk :: kbResults";
        }
        SearchResults results = knowledge.search(new SearchRequest(text, Optional.empty(), Optional.empty(), HITS));
        model.addAttribute("results", results);
        if (!typed) {
            AgentId agent = AgentId.of(me.getUsername());
            contacts.current(agent).ifPresent(contact -> log.append(new KnowledgeSearched(contact.id(),
                    clock.instant(), agent, text, (int) Math.min(Integer.MAX_VALUE, results.total()))));
        }
        return "desk/desk :: kbResults";
    }

    @GetMapping("/articles/{id}")
    String article(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, Model model) {
        Article article = Optional.of(id).filter(ArticleId::isValid).map(ArticleId::new).flatMap(knowledge::article)
                .filter(found -> found.status() == pl.infolinia.knowledge.article.ArticleStatus.PUBLISHED)
                .orElseThrow(() -> new NotFound("article " + id));
        AgentId agent = AgentId.of(me.getUsername());
        contacts.current(agent).ifPresent(contact -> log.append(
                new ArticleOpened(contact.id(), clock.instant(), agent, article.id().value())));
        model.addAttribute("article", article);
        model.addAttribute("sections", article.body().stream()
                .map(section -> new ShownSection(section.heading(), ArticleHtml.render(section.markdown(), link -> link)))
                .toList());
        return "desk/parts :: kbArticle";
    }

    /** A body section with its Markdown turned into safe HTML. */
    public record ShownSection(String heading, String html) {
    }
}
