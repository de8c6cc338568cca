package pl.infolinia.server.recordingpolicy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.recordingpolicy.RecordingMode;
import pl.infolinia.contactcenter.recordingpolicy.RecordingPolicies;
import pl.infolinia.contactcenter.recordingpolicy.RecordingPolicy;
import pl.infolinia.server.office.Office;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.security.OfficeAccess;
import pl.infolinia.server.security.SignedInUser;

/**
 * The page where an office's administrator sets its recording policy: the office's mode, whether
 * consultants may pause, and a mode for each of its queues ("as the office" by default). A refused
 * change shows why and keeps what was chosen; nothing is stored.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/admin/offices/{code}/recording-policy")
class RecordingPolicyController {

    private static final String QUEUE_FIELD = "queue.";

    private final Offices offices;
    private final RecordingPolicies policies;
    private final PolicyChange change;
    private final OfficeAccess access;

    RecordingPolicyController(Offices offices, RecordingPolicies policies, PolicyChange change, OfficeAccess access) {
        this.offices = offices;
        this.policies = policies;
        this.change = change;
        this.access = access;
    }

    @GetMapping
    String show(@PathVariable String code, @AuthenticationPrincipal SignedInUser me, Model model) {
        OfficeCode office = managed(code, me);
        return page(office, PolicyJson.of(policies.of(RecordingPolicyApiController.domain(office))), model);
    }

    @PostMapping
    String save(@PathVariable String code, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser me, Model model, RedirectAttributes redirect) {
        OfficeCode office = managed(code, me);
        Map<String, String> queues = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(QUEUE_FIELD)) {
                queues.put(name.substring(QUEUE_FIELD.length()), value);
            }
        });
        PolicyJson wanted = new PolicyJson(form.get("mode"), "true".equals(form.get("pauseAllowed")), queues);
        try {
            change.apply(RecordingPolicyApiController.domain(office), wanted);
        } catch (InvalidPolicy invalid) {
            model.addAttribute("errorKey", invalid.conflict() ? "recpolicy.error.flows" : "recpolicy.error.invalid");
            model.addAttribute("problems", invalid.problems());
            return page(office, wanted, model);
        }
        redirect.addFlashAttribute("recpolicySaved", true);
        return "redirect:/admin/offices/" + office.value() + "/recording-policy";
    }

    private OfficeCode managed(String code, SignedInUser me) {
        OfficeCode office = offices.known(code);
        access.requireManage(me, office);
        return office;
    }

    private String page(OfficeCode office, PolicyJson shown, Model model) {
        List<QueueCode> queues = change.queuesOf(RecordingPolicyApiController.domain(office));
        model.addAttribute("office", offices.find(office).map(Office::name).orElse(office.value()));
        model.addAttribute("officeCode", office.value());
        model.addAttribute("policy", shown);
        model.addAttribute("queues", queues.stream().map(QueueCode::value).toList());
        model.addAttribute("modes", RecordingMode.values());
        model.addAttribute("defaultPolicy", RecordingPolicy.DEFAULT);
        return "recordingpolicy/policy";
    }
}
