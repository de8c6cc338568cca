package pl.infolinia.server.knowledge;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.importing.ArticleMarkdown;
import pl.infolinia.knowledge.importing.ImportProblem;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/**
 * The article editor: Markdown with a live preview, the readability score and the officialese
 * found, updated as the editor types (htmx posts the form to {@code /kb/preview}).
 */
@Controller
@PreAuthorize("hasAnyRole('KB_EDITOR', 'ADMIN')")
class ArticleEditorController {

    private static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");

    private final KnowledgeBase knowledge;
    private final ArticleEditing editing;
    private final ArticleAccess access;
    private final Clock clock;

    ArticleEditorController(KnowledgeBase knowledge, ArticleEditing editing, ArticleAccess access, Clock clock) {
        this.knowledge = knowledge;
        this.editing = editing;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/kb/articles/{id}/edit")
    String edit(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, Model model) {
        Article article = existing(id);
        access.requireEdit(me, article);
        return form(ArticleForm.of(article), Optional.of(article.id()), List.of(), model);
    }

    @PostMapping("/kb/articles/{id}/edit")
    String save(@PathVariable String id, @ModelAttribute ArticleForm form, @AuthenticationPrincipal SignedInUser me,
            Model model, RedirectAttributes redirect) {
        ArticleId articleId = existing(id).id();
        ArticleEditing.Outcome outcome = editing.save(Optional.of(articleId), form, me);
        return saved(outcome, form, Optional.of(articleId), model, redirect);
    }

    @GetMapping("/kb/new")
    String create(@AuthenticationPrincipal SignedInUser me, Model model) {
        String office = me.office().map(code -> code.value()).orElse("");
        return form(ArticleForm.blank(office, LocalDate.now(clock.withZone(POLAND))), Optional.empty(), List.of(), model);
    }

    @PostMapping("/kb/new")
    String saveNew(@ModelAttribute ArticleForm form, @AuthenticationPrincipal SignedInUser me, Model model,
            RedirectAttributes redirect) {
        return saved(editing.save(Optional.empty(), form, me), form, Optional.empty(), model, redirect);
    }

    /** The preview, score and officialese of the form as typed so far; nothing is saved. */
    @PostMapping("/kb/preview")
    String preview(@ModelAttribute ArticleForm form, Model model) {
        addPreview(form, model);
        return "kb/preview :: preview";
    }

    private String saved(ArticleEditing.Outcome outcome, ArticleForm form, Optional<ArticleId> existing, Model model,
            RedirectAttributes redirect) {
        if (!outcome.problems().isEmpty()) {
            return form(form, existing, outcome.problems(), model);
        }
        redirect.addFlashAttribute("savedVersion", outcome.version().map(v -> v.number()).orElse(0));
        return "redirect:/kb/articles/" + form.id();
    }

    private String form(ArticleForm form, Optional<ArticleId> existing, List<ImportProblem> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing.map(ArticleId::value).orElse(null));
        model.addAttribute("problems", problems);
        model.addAttribute("invalid", invalidFields(problems));
        model.addAttribute("taxonomy", knowledge.taxonomy());
        model.addAttribute("offices", knowledge.offices().all());
        model.addAttribute("headings", ArticleMarkdown.headings());
        addPreview(form, model);
        return "kb/editor";
    }

    private void addPreview(ArticleForm form, Model model) {
        ArticleMarkdown.Parsed parsed = ArticleMarkdown.read(form.body());
        model.addAttribute("previewSections", parsed.sections().stream()
                .map(section -> new KnowledgeController.RenderedSection(section.heading(),
                        ArticleHtml.render(section.markdown(), this::titleOf)))
                .toList());
        model.addAttribute("bodyProblems", parsed.problems());
        model.addAttribute("score", knowledge.readability(parsed.sections()));
    }

    private String titleOf(String id) {
        return Optional.of(id).filter(ArticleId::isValid).map(ArticleId::new).flatMap(knowledge::article)
                .map(Article::title).orElse(id);
    }

    private Article existing(String id) {
        return Optional.of(id).filter(ArticleId::isValid).map(ArticleId::new).flatMap(knowledge::article)
                .orElseThrow(() -> new NotFound("article " + id));
    }

    /** The form fields that a problem names, so that the page marks them invalid. */
    private static Set<String> invalidFields(List<ImportProblem> problems) {
        Set<String> fields = new TreeSet<>();
        List<String> formFields = new ArrayList<>(List.of("id", "title", "section", "category", "group", "office",
                "handledBy", "updated", "style", "status", "note"));
        for (ImportProblem problem : problems) {
            String field = problem.field().equals("handled_by") ? "handledBy" : problem.field();
            fields.add(formFields.contains(field) && !problem.file().equals(ArticleMarkdown.FILE) ? field : "body");
        }
        return fields;
    }
}
