package pl.infolinia.server.reportmail;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import pl.infolinia.reporting.interval.IntervalLength;
import pl.infolinia.reporting.metric.Grouping;
import pl.infolinia.server.security.SignedInUser;

/** The page of scheduled reports: the list, a form to add one, a button to remove each. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN', 'SUPERVISOR')")
class ReportSubscriptionController {

    private final ReportSubscriptions subscriptions;

    ReportSubscriptionController(ReportSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/reports/subscriptions")
    String page(@AuthenticationPrincipal SignedInUser me, Model model) {
        return show(me, model, new SubscriptionForm("", "DAY", "TOTAL", "CSV", "", "DAILY"));
    }

    @PostMapping("/reports/subscriptions")
    String add(@ModelAttribute SubscriptionForm form, @AuthenticationPrincipal SignedInUser me, Model model,
            HttpServletResponse response) {
        try {
            subscriptions.add(me, form);
        } catch (InvalidSubscription problem) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", problem);
            return show(me, model, form);
        }
        return "redirect:/reports/subscriptions?added";
    }

    @PostMapping("/reports/subscriptions/{id}/remove")
    String remove(@PathVariable long id, @AuthenticationPrincipal SignedInUser me) {
        subscriptions.remove(me, id);
        return "redirect:/reports/subscriptions?removed";
    }

    private String show(SignedInUser me, Model model, SubscriptionForm form) {
        model.addAttribute("subscriptions", subscriptions.visibleTo(me));
        model.addAttribute("form", form);
        model.addAttribute("intervals", Arrays.stream(IntervalLength.values()).toList());
        model.addAttribute("groupings", Grouping.values());
        model.addAttribute("formats", SubscriptionForm.FORMATS);
        model.addAttribute("schedules", ReportSchedule.values());
        return "reportmail/subscriptions";
    }
}
