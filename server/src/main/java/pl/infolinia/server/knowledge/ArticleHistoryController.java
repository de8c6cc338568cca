package pl.infolinia.server.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleVersion;
import pl.infolinia.knowledge.article.TextDiff;
import pl.infolinia.knowledge.importing.KnowledgeExport;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/** An article's versions (who, when, why, what changed), the difference between two, and restoring one. */
@Controller
@PreAuthorize("hasAnyRole('KB_EDITOR', 'ADMIN')")
class ArticleHistoryController {

    private final KnowledgeBase knowledge;
    private final ArticleEditing editing;
    private final ArticleAccess access;

    ArticleHistoryController(KnowledgeBase knowledge, ArticleEditing editing, ArticleAccess access) {
        this.knowledge = knowledge;
        this.editing = editing;
        this.access = access;
    }

    @GetMapping("/kb/articles/{id}/history")
    String history(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, Model model) {
        List<ArticleVersion> versions = versions(id);
        model.addAttribute("article", versions.getLast().article());
        model.addAttribute("versions", versions.reversed());
        model.addAttribute("mayEdit", access.mayEdit(me, versions.getLast().article()));
        return "kb/history";
    }

    /** The article file of version {@code from} against that of {@code to}, line by line. */
    @GetMapping("/kb/articles/{id}/diff")
    String diff(@PathVariable String id, @RequestParam int from, @RequestParam int to, Model model) {
        List<ArticleVersion> versions = versions(id);
        ArticleVersion before = version(versions, from);
        ArticleVersion after = version(versions, to);
        model.addAttribute("article", versions.getLast().article());
        model.addAttribute("before", before);
        model.addAttribute("after", after);
        model.addAttribute("lines", TextDiff.between(KnowledgeExport.article(before.article()),
                KnowledgeExport.article(after.article())));
        return "kb/diff";
    }

    @PostMapping("/kb/articles/{id}/restore")
    String restore(@PathVariable String id, @RequestParam int version, @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        ArticleVersion restored = editing.restore(versions(id).getLast().article().id(), version, me);
        redirect.addFlashAttribute("restored", version);
        redirect.addFlashAttribute("restoredAs", restored.number());
        return "redirect:/kb/articles/" + id + "/history";
    }

    private List<ArticleVersion> versions(String id) {
        List<ArticleVersion> versions = Optional.of(id).filter(ArticleId::isValid).map(ArticleId::new)
                .map(knowledge::history).orElse(List.of());
        if (versions.isEmpty()) {
            throw new NotFound("article " + id);
        }
        return versions;
    }

    private static ArticleVersion version(List<ArticleVersion> versions, int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFound("version " + number));
    }
}
