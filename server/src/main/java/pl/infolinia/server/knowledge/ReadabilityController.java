package pl.infolinia.server.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.readability.OfficialeseList;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.security.SignedInUser;

/** Plain language for editors: the hardest published articles, and the officialese list they maintain. */
@Controller
@PreAuthorize("hasAnyRole('KB_EDITOR', 'ADMIN')")
class ReadabilityController {

    static final int HARDEST = 25;
    static final int MAX_TEXT = 100_000;

    private final KnowledgeBase knowledge;
    private final OfficialeseStore store;
    private final Auditor auditor;
    private final Clock clock;

    ReadabilityController(KnowledgeBase knowledge, OfficialeseStore store, Auditor auditor, Clock clock) {
        this.knowledge = knowledge;
        this.store = store;
        this.auditor = auditor;
        this.clock = clock;
    }

    @GetMapping("/kb/readability")
    String page(Model model) {
        return page(store.current().orElseGet(ReadabilityController::standardText), model);
    }

    @PostMapping("/kb/readability/officialese")
    String save(@RequestParam String text, @AuthenticationPrincipal SignedInUser me, Model model) {
        if (text.length() > MAX_TEXT || text.contains("<")) {
            model.addAttribute("officialeseInvalid", true);
            return page(text, model);
        }
        OfficialeseList list = OfficialeseList.parse(text);
        store.save(text, me.getUsername(), clock.instant());
        knowledge.useOfficialese(list);
        auditor.record(AuditAction.KB_OFFICIALESE_CHANGED, "officialese", me.office(), list.entries().size() + " phrases");
        model.addAttribute("officialeseSaved", list.entries().size());
        return page(text, model);
    }

    private String page(String text, Model model) {
        model.addAttribute("hardest", knowledge.hardestArticles(HARDEST));
        model.addAttribute("text", text);
        return "kb/readability";
    }

    /** The list that ships with Infolinia, shown until editors save their own. */
    static String standardText() {
        try (InputStream in = OfficialeseList.class.getResourceAsStream("/readability/officialese.txt")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
