package pl.infolinia.server.reportmail;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import pl.infolinia.server.security.SignedInUser;

/**
 * Scheduled reports in the JSON API: {@code GET /api/report-subscriptions} lists those the user
 * may see, {@code POST} adds one ({@code office}, {@code interval}, {@code grouping}, {@code format},
 * {@code recipients}, {@code schedule}), {@code DELETE /api/report-subscriptions/{id}} removes one.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN', 'SUPERVISOR')")
class ReportSubscriptionApiController {

    private final ReportSubscriptions subscriptions;

    ReportSubscriptionApiController(ReportSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/api/report-subscriptions")
    List<SubscriptionJson> list(@AuthenticationPrincipal SignedInUser me) {
        return subscriptions.visibleTo(me).stream().map(SubscriptionJson::of).toList();
    }

    @PostMapping("/api/report-subscriptions")
    ResponseEntity<SubscriptionJson> add(@RequestBody SubscriptionForm form, @AuthenticationPrincipal SignedInUser me) {
        return ResponseEntity.status(HttpStatus.CREATED).body(SubscriptionJson.of(subscriptions.add(me, form)));
    }

    @DeleteMapping("/api/report-subscriptions/{id}")
    ResponseEntity<Void> remove(@PathVariable long id, @AuthenticationPrincipal SignedInUser me) {
        return subscriptions.remove(me, id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @ExceptionHandler(InvalidSubscription.class)
    ResponseEntity<Map<String, String>> invalid(InvalidSubscription problem) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid_input", "field", problem.field(),
                "message", problem.getMessage()));
    }

    record SubscriptionJson(long id, String kind, String office, String interval, String grouping, String format,
            List<String> recipients, String schedule, LocalDate lastSentThrough, String createdBy) {

        static SubscriptionJson of(ReportSubscription s) {
            return new SubscriptionJson(s.id(), s.kind(), s.office().map(Object::toString).orElse(null), s.interval().name(),
                    s.grouping().name(), s.format(), s.recipients(), s.schedule().name(), s.lastSentThrough().orElse(null),
                    s.createdBy());
        }
    }
}
