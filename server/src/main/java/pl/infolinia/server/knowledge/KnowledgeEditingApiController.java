package pl.infolinia.server.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStatus;
import pl.infolinia.knowledge.article.ArticleVersion;
import pl.infolinia.knowledge.article.WritingStyle;
import pl.infolinia.knowledge.importing.ImportProblem;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/**
 * The editing calls of the knowledge-base API, for editors of the article's office and administrators:
 * save an article (new or changed) as a new version, read its versions, restore one.
 */
@RestController
@RequestMapping("/api/kb/articles")
@PreAuthorize("hasAnyRole('KB_EDITOR', 'ADMIN')")
class KnowledgeEditingApiController {

    private final KnowledgeBase knowledge;
    private final ArticleEditing editing;

    KnowledgeEditingApiController(KnowledgeBase knowledge, ArticleEditing editing) {
        this.knowledge = knowledge;
        this.editing = editing;
    }

    /**
     * Saves the article: 200 with the version written (or {@code version: null} when nothing changed),
     * 422 with every problem when nothing was saved. The body is Markdown with {@code ##} headings.
     */
    @PutMapping("/{id}")
    ResponseEntity<?> save(@PathVariable String id, @RequestBody ArticleInput input,
            @AuthenticationPrincipal SignedInUser me) {
        Optional<ArticleId> existing = Optional.of(id).filter(ArticleId::isValid).map(ArticleId::new)
                .filter(articleId -> knowledge.article(articleId).isPresent());
        ArticleEditing.Outcome outcome = editing.save(existing, input.form(id), me);
        if (!outcome.problems().isEmpty()) {
            return ResponseEntity.status(422).body(new ProblemsJson(422, "invalid article",
                    "Nothing was saved: " + outcome.problems().size() + " problem(s).", outcome.problems()));
        }
        return ResponseEntity.ok(new SavedJson(id, outcome.version().map(VersionJson::of).orElse(null)));
    }

    /** The article's versions, oldest first. */
    @GetMapping("/{id}/versions")
    List<VersionJson> versions(@PathVariable String id) {
        List<ArticleVersion> versions = Optional.of(id).filter(ArticleId::isValid).map(ArticleId::new)
                .map(knowledge::history).orElse(List.of());
        if (versions.isEmpty()) {
            throw new NotFound("article " + id);
        }
        return versions.stream().map(VersionJson::of).toList();
    }

    /** Makes an old version the newest again, as a new version. */
    @PostMapping("/{id}/versions/{version}/restore")
    VersionJson restore(@PathVariable String id, @PathVariable int version, @AuthenticationPrincipal SignedInUser me) {
        ArticleId articleId = Optional.of(id).filter(ArticleId::isValid).map(ArticleId::new)
                .orElseThrow(() -> new NotFound("article " + id));
        return VersionJson.of(editing.restore(articleId, version, me));
    }

    /**
     * An article as an editor sends it.
     *
     * @param body Markdown with {@code ##} headings in the order of the import format
     * @param note what changed, for the history
     */
    record ArticleInput(String title, String section, String category, String group, String office, String handledBy,
            LocalDate updated, WritingStyle style, ArticleStatus status, String body, String note) {

        ArticleForm form(String id) {
            return new ArticleForm(id, title, section, category, group, office, handledBy,
                    updated == null ? "" : updated.toString(), style == null ? "" : style.name(),
                    status == null ? "" : status.name(), body, note);
        }
    }

    /** A version: who, when, why and which fields changed. */
    record VersionJson(int number, String author, Instant at, String note, List<String> changedFields) {

        static VersionJson of(ArticleVersion version) {
            return new VersionJson(version.number(), version.edit().author(), version.edit().at(), version.edit().note(),
                    version.changedFields());
        }
    }

    /** The outcome of a save; {@code version} is null when the article was already stored exactly so. */
    record SavedJson(String id, VersionJson version) {
    }

    /** Why nothing was saved: each problem with its field and, in the body, its line. */
    record ProblemsJson(int status, String error, String message, List<ImportProblem> problems) {
    }
}
