package pl.infolinia.server.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleVersion;
import pl.infolinia.knowledge.article.Edit;
import pl.infolinia.knowledge.importing.ImportProblem;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/**
 * Saving and restoring articles for the editor page and the API alike: the office check, the
 * same validation as an import, a new version, the search index, and an audit entry.
 */
@Component
class ArticleEditing {

    private final KnowledgeBase knowledge;
    private final ArticleAccess access;
    private final Auditor auditor;
    private final Clock clock;

    ArticleEditing(KnowledgeBase knowledge, ArticleAccess access, Auditor auditor, Clock clock) {
        this.knowledge = knowledge;
        this.access = access;
        this.auditor = auditor;
        this.clock = clock;
    }

    /**
     * The outcome of a save.
     *
     * @param problems why nothing was saved; empty on success
     * @param version  the version written, empty when there were problems or nothing changed
     */
    record Outcome(List<ImportProblem> problems, Optional<ArticleVersion> version) {
    }

    /**
     * Checks and saves the form as the article's newest version.
     *
     * @param existing the id of the article being edited, or empty for a new article
     * @throws org.springframework.security.access.AccessDeniedException if the user may not edit
     *         the article as it was or as it would be
     */
    Outcome save(Optional<ArticleId> existing, ArticleForm form, SignedInUser me) {
        Optional<Article> before = existing.map(id -> knowledge.article(id).orElseThrow(() -> new NotFound("article " + id)));
        before.ifPresent(article -> access.requireEdit(me, article));
        List<ImportProblem> problems = new ArrayList<>();
        Optional<Article> edited = form.article(problems);
        if (edited.isEmpty()) {
            return new Outcome(problems, Optional.empty());
        }
        Article article = edited.get();
        access.requireEdit(me, article);
        if (existing.isPresent() && !existing.get().equals(article.id())) {
            problems.add(new ImportProblem("form", 0, "id", "the id of an article cannot change"));
        }
        if (existing.isEmpty() && knowledge.article(article.id()).isPresent()) {
            problems.add(new ImportProblem("form", 0, "id", "an article with the id '" + article.id() + "' exists"));
        }
        problems.addAll(knowledge.problemsOf(article));
        if (!problems.isEmpty()) {
            return new Outcome(problems, Optional.empty());
        }
        Optional<ArticleVersion> version = knowledge.save(article, new Edit(me.getUsername(), clock.instant(), form.note()));
        version.ifPresent(v -> auditor.record(AuditAction.KB_ARTICLE_SAVED, article.id().value(), me.office(),
                "version " + v.number() + ": " + String.join(", ", v.changedFields())));
        return new Outcome(List.of(), version);
    }

    /** Makes an old version the newest again, as a new version; audited. */
    ArticleVersion restore(ArticleId id, int versionNumber, SignedInUser me) {
        Article current = knowledge.article(id).orElseThrow(() -> new NotFound("article " + id));
        access.requireEdit(me, current);
        ArticleVersion old = knowledge.history(id).stream().filter(v -> v.number() == versionNumber).findFirst()
                .orElseThrow(() -> new NotFound("version " + versionNumber + " of article " + id));
        access.requireEdit(me, old.article());
        ArticleVersion restored = knowledge.restore(id, versionNumber,
                new Edit(me.getUsername(), clock.instant(), "restored version " + versionNumber));
        auditor.record(AuditAction.KB_ARTICLE_RESTORED, id.value(), me.office(),
                "version " + versionNumber + " restored as version " + restored.number());
        return restored;
    }
}
