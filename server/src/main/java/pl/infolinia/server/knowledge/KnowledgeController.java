package pl.infolinia.server.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import java.time.Clock;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.analytics.SearchLog;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.search.SearchRequest;
import pl.infolinia.knowledge.search.SearchResults;
import pl.infolinia.server.security.SignedInUser;

/** The knowledge-base pages: search with facets, and reading an article. */
@Controller
class KnowledgeController {

    private static final int PAGE = 20;
    private static final int SUGGESTIONS = 6;

    private final KnowledgeBase knowledge;
    private final SearchLog searches;
    private final ArticleAccess access;
    private final Clock clock;

    KnowledgeController(KnowledgeBase knowledge, SearchLog searches, ArticleAccess access, Clock clock) {
        this.knowledge = knowledge;
        this.searches = searches;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/kb")
    String search(@RequestParam(name = "q", defaultValue = "") String text, @RequestParam Optional<String> section,
            @RequestParam Optional<String> office, @AuthenticationPrincipal SignedInUser me, Model model) {
        String query = KnowledgeApiController.clipped(text);
        model.addAttribute("q", query);
        model.addAttribute("section", section.orElse(""));
        model.addAttribute("office", office.orElse(""));
        if (!query.isEmpty()) {
            SearchResults results = knowledge.search(new SearchRequest(query, section.filter(s -> !s.isBlank()),
                    office.filter(o -> !o.isBlank()), PAGE));
            model.addAttribute("results", results);
            model.addAttribute("searchId", searches.searched(query, results.total(), me.getUsername(), clock.instant()));
        }
        return "kb/search";
    }

    /** The titles that start like what is typed, as the search box shows them while the consultant types. */
    @GetMapping("/kb/suggestions")
    String suggestions(@RequestParam(name = "q", defaultValue = "") String text, Model model) {
        String typed = KnowledgeApiController.clipped(text);
        model.addAttribute("suggestions", typed.length() < 2 ? List.of() : knowledge.suggest(typed, SUGGESTIONS));
        return "kb/suggestions :: list";
    }

    /** An article; {@code s} names the search it was opened from, for the search analytics. */
    @GetMapping("/kb/articles/{id}")
    String article(@PathVariable String id, @RequestParam("s") Optional<Long> search,
            @AuthenticationPrincipal SignedInUser me, Model model) {
        Article article = KnowledgeApiController.visibleArticle(knowledge, id, me);
        search.ifPresent(searchId -> searches.opened(searchId, article.id(), me.getUsername()));
        model.addAttribute("article", article);
        model.addAttribute("mayEdit", access.mayEdit(me, article));
        model.addAttribute("editor", access.isEditor(me));
        model.addAttribute("sections", article.body().stream()
                .map(section -> new RenderedSection(section.heading(), ArticleHtml.render(section.markdown(),
                        this::titleOf)))
                .toList());
        return "kb/article";
    }

    private String titleOf(String id) {
        return Optional.of(id).filter(ArticleId::isValid).map(ArticleId::new).flatMap(knowledge::article)
                .map(Article::title).orElse(id);
    }

    /** A body section with its Markdown already turned into safe HTML. */
    record RenderedSection(String heading, String html) {
    }
}
