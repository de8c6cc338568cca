package pl.infolinia.server.knowledge;

import java.time.Clock;
import java.time.Duration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.infolinia.knowledge.analytics.SearchLog;

/** For editors: the queries of the last days that found nothing, or found articles nobody opened. */
@Controller
@PreAuthorize("hasAnyRole('KB_EDITOR', 'ADMIN')")
class SearchAnalyticsController {

    static final int TOP = 30;

    private final SearchLog searches;
    private final Clock clock;

    SearchAnalyticsController(SearchLog searches, Clock clock) {
        this.searches = searches;
        this.clock = clock;
    }

    @GetMapping("/kb/analytics")
    String page(@RequestParam(defaultValue = "30") int days, Model model) {
        int period = Math.clamp(days, 1, 366);
        var since = clock.instant().minus(Duration.ofDays(period));
        model.addAttribute("days", period);
        model.addAttribute("withoutResults", searches.withoutResults(since, TOP));
        model.addAttribute("withoutClicks", searches.withoutClicks(since, TOP));
        return "kb/analytics";
    }
}
