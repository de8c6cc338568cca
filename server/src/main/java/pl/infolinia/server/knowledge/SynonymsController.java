package pl.infolinia.server.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.analysis.Synonyms;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.security.SignedInUser;

/** Editors maintain the synonyms; a saved list is in force for the next search, with no reindexing. */
@Controller
@PreAuthorize("hasAnyRole('KB_EDITOR', 'ADMIN')")
class SynonymsController {

    private final JdbcSynonymStore store;
    private final KnowledgeBase knowledge;
    private final Auditor auditor;
    private final Clock clock;

    SynonymsController(JdbcSynonymStore store, KnowledgeBase knowledge, Auditor auditor, Clock clock) {
        this.store = store;
        this.knowledge = knowledge;
        this.auditor = auditor;
        this.clock = clock;
    }

    @GetMapping("/kb/synonyms")
    String form(Model model) {
        model.addAttribute("text", store.current().map(SynonymList::text).orElseGet(SynonymsController::demoText));
        return "kb/synonyms";
    }

    @PostMapping("/kb/synonyms")
    String save(@RequestParam String text, @AuthenticationPrincipal SignedInUser me, Model model) {
        SynonymList list = new SynonymList(text);
        List<String> problems = list.problems();
        model.addAttribute("text", text);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return "kb/synonyms";
        }
        store.save(list, me.getUsername(), clock.instant());
        Synonyms synonyms = list.synonyms();
        knowledge.useSynonyms(synonyms);
        auditor.record(AuditAction.KB_SYNONYMS_CHANGED, "synonyms", me.office(), synonyms.groups().size() + " groups");
        model.addAttribute("saved", synonyms.groups().size());
        return "kb/synonyms";
    }

    /** The list that ships with the demo, shown until editors save their own. */
    static String demoText() {
        try (InputStream in = Synonyms.class.getResourceAsStream("/demo/synonyms.txt")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
