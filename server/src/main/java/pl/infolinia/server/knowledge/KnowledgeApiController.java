package pl.infolinia.server.knowledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.analytics.SearchLog;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStatus;
import pl.infolinia.knowledge.article.BodySection;
import pl.infolinia.knowledge.article.WritingStyle;
import pl.infolinia.knowledge.search.FacetCount;
import pl.infolinia.knowledge.search.SearchHit;
import pl.infolinia.knowledge.search.SearchRequest;
import pl.infolinia.knowledge.search.SearchResults;
import pl.infolinia.knowledge.search.Suggestion;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.user.Role;
import pl.infolinia.server.web.NotFound;

/** The knowledge base as JSON: search, as-you-type suggestions and articles. */
@RestController
@RequestMapping("/api/kb")
class KnowledgeApiController {

    private static final int MAX_LIMIT = 50;
    private static final int MAX_QUERY = 500;

    private final KnowledgeBase knowledge;
    private final SearchLog searches;
    private final Clock clock;

    KnowledgeApiController(KnowledgeBase knowledge, SearchLog searches, Clock clock) {
        this.knowledge = knowledge;
        this.searches = searches;
        this.clock = clock;
    }

    @GetMapping("/search")
    SearchJson search(@RequestParam("q") String text, @RequestParam Optional<String> section,
            @RequestParam Optional<String> office, @RequestParam(defaultValue = "10") int limit,
            @AuthenticationPrincipal SignedInUser me) {
        String query = clipped(text);
        SearchResults results = knowledge.search(new SearchRequest(query, section, office,
                Math.clamp(limit, 1, MAX_LIMIT)));
        Long searchId = query.isEmpty() ? null : searches.searched(query, results.total(), me.getUsername(), clock.instant());
        return new SearchJson(results.total(), results.hits().stream().map(HitJson::of).toList(), results.sections(),
                results.offices(), results.didYouMean().orElse(null), searchId);
    }

    @GetMapping("/suggest")
    List<SuggestionJson> suggest(@RequestParam("q") String typed) {
        return knowledge.suggest(clipped(typed), 8).stream()
                .map(SuggestionJson::of).toList();
    }

    /** An article; {@code search} is the {@code searchId} of the results it was opened from, for analytics. */
    @GetMapping("/articles/{id}")
    ArticleJson article(@PathVariable String id, @RequestParam Optional<Long> search,
            @AuthenticationPrincipal SignedInUser me) {
        Article article = visibleArticle(knowledge, id, me);
        search.ifPresent(searchId -> searches.opened(searchId, article.id(), me.getUsername()));
        return ArticleJson.of(article);
    }

    /** A query cut to a length no citizen's question needs, so that a pasted page cannot slow search down. */
    static String clipped(String text) {
        String query = text.strip();
        return query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
    }

    /** Published articles for everyone; drafts and archived ones only for editors and administrators. */
    static Article visibleArticle(KnowledgeBase knowledge, String id, SignedInUser me) {
        boolean editor = me.has(Role.KB_EDITOR) || me.isAdmin();
        return Optional.of(id).filter(ArticleId::isValid).map(ArticleId::new).flatMap(knowledge::article)
                .filter(article -> editor || article.status() == ArticleStatus.PUBLISHED)
                .orElseThrow(() -> new NotFound("article " + id));
    }

    /**
     * Search results as the API shows them; snippets mark matched words with {@code <b>}, all else escaped.
     * {@code searchId} identifies this search for {@code GET /api/kb/articles/{id}?search=}.
     */
    record SearchJson(long total, List<HitJson> hits, List<FacetCount> sections, List<FacetCount> offices,
            String didYouMean, Long searchId) {
    }

    /** One hit. */
    record HitJson(String id, String title, String snippet, float score, String section, String office) {

        static HitJson of(SearchHit hit) {
            return new HitJson(hit.id().value(), hit.title(), hit.snippet(), hit.score(), hit.section(), hit.office());
        }
    }

    /** An article with its body sections in Markdown. */
    record ArticleJson(String id, String title, String section, String category, String group, String office,
            String handledBy, LocalDate updated, WritingStyle style, ArticleStatus status, List<BodySection> body) {

        static ArticleJson of(Article article) {
            return new ArticleJson(article.id().value(), article.title(), article.placement().section(),
                    article.placement().category(), article.placement().group(), article.office().value(),
                    article.handledBy(), article.updated(), article.style(), article.status(), article.body());
        }
    }

    /** One suggestion for the search box. */
    record SuggestionJson(String id, String title) {

        static SuggestionJson of(Suggestion suggestion) {
            return new SuggestionJson(suggestion.id().value(), suggestion.title());
        }
    }
}
