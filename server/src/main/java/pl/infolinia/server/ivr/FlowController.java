package pl.infolinia.server.ivr;

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
import pl.infolinia.contactcenter.ivr.FlowProblem;
import pl.infolinia.contactcenter.ivr.InvalidFlow;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/**
 * The flow editor: the current YAML to change, "check" to see every problem at its line, "publish"
 * to store a valid flow as the next version, in force for the next call; the history, and
 * restoring an old version as a new one.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN')")
class FlowController {

    private static final int MAX_COMMENT = 500;

    private final JdbcFlowVersions store;
    private final FlowPublisher publisher;
    private final IvrAccess access;

    FlowController(JdbcFlowVersions store, FlowPublisher publisher, IvrAccess access) {
        this.store = store;
        this.publisher = publisher;
        this.access = access;
    }

    @GetMapping("/ivr")
    String list(@AuthenticationPrincipal SignedInUser me, Model model) {
        access.requireEditAny(me);
        model.addAttribute("flows", store.latest().stream().filter(flow -> access.mayEdit(me, flow.name())).toList());
        return "ivr/list";
    }

    @GetMapping("/ivr/{name}")
    String editor(@PathVariable String name, @AuthenticationPrincipal SignedInUser me, Model model) {
        PublishedFlow current = edited(name, me);
        if (!model.containsAttribute("yaml")) {
            model.addAttribute("yaml", current.yaml());
        }
        return editorPage(current, model);
    }

    @PostMapping("/ivr/{name}")
    String submit(@PathVariable String name, @RequestParam String yaml, @RequestParam(defaultValue = "") String comment,
            @RequestParam(defaultValue = "check") String action, @AuthenticationPrincipal SignedInUser me, Model model,
            RedirectAttributes redirect) {
        PublishedFlow current = edited(name, me);
        // browsers send a textarea's lines ended by CR LF; the stored flow keeps the YAML convention
        String typed = yaml.replace("\r\n", "\n");
        model.addAttribute("yaml", typed);
        model.addAttribute("comment", comment);
        try {
            if ("publish".equals(action)) {
                PublishedFlow published = publisher.publish(name, typed, comment(comment), me.getUsername());
                redirect.addFlashAttribute("published", published.version());
                return "redirect:/ivr/{name}";
            }
            List<FlowProblem> problems = publisher.check(name, typed);
            model.addAttribute("problems", ShownProblem.of(problems, typed));
        } catch (InvalidFlow invalid) {
            model.addAttribute("problems", ShownProblem.of(invalid.problems(), typed));
        } catch (FlowTooLarge tooLarge) {
            model.addAttribute("tooLarge", true);
        }
        return editorPage(current, model);
    }

    @GetMapping("/ivr/{name}/versions/{version}")
    String version(@PathVariable String name, @PathVariable int version, @AuthenticationPrincipal SignedInUser me,
            Model model) {
        PublishedFlow current = edited(name, me);
        model.addAttribute("version", store.find(name, version).orElseThrow(() -> new NotFound("version " + version)));
        model.addAttribute("current", current);
        return "ivr/version";
    }

    @PostMapping("/ivr/{name}/versions/{version}/restore")
    String restore(@PathVariable String name, @PathVariable int version, @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        edited(name, me);
        PublishedFlow old = store.find(name, version).orElseThrow(() -> new NotFound("version " + version));
        try {
            PublishedFlow published = publisher.publish(name, old.yaml(),
                    Optional.of("przywrócenie wersji " + version), me.getUsername());
            redirect.addFlashAttribute("published", published.version());
        } catch (InvalidFlow noLongerValid) {
            // e.g. it names an office that has since lost its transfer destination: show why in the editor
            redirect.addFlashAttribute("yaml", old.yaml());
            redirect.addFlashAttribute("problems", ShownProblem.of(noLongerValid.problems(), old.yaml()));
        }
        return "redirect:/ivr/{name}";
    }

    private PublishedFlow edited(String name, SignedInUser me) {
        access.requireEdit(me, name);
        return store.latest(name).orElseThrow(() -> new NotFound("IVR flow " + name));
    }

    private String editorPage(PublishedFlow current, Model model) {
        model.addAttribute("current", current);
        model.addAttribute("history", store.history(current.name()).reversed());
        return "ivr/editor";
    }

    static Optional<String> comment(String text) {
        String comment = text.strip();
        return comment.isEmpty() ? Optional.empty()
                : Optional.of(comment.length() > MAX_COMMENT ? comment.substring(0, MAX_COMMENT) : comment);
    }
}
