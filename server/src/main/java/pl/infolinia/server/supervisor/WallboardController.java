package pl.infolinia.server.supervisor;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.switchboard.SupervisionMode;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.live.LiveFeed;
import pl.infolinia.server.live.LiveSignal;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.user.Role;
import pl.infolinia.server.user.User;
import pl.infolinia.server.user.Users;
import pl.infolinia.server.web.NotFound;

/**
 * The supervisor's wallboard at {@code /supervisor}: the page, its live region (re-fetched on each
 * signal of {@code /supervisor/live}), forcing a consultant's state, joining a call, a contact's
 * events, and the office's thresholds.
 */
@Controller
@ConditionalOnWebApplication
class WallboardController {

    private final Wallboard wallboard;
    private final WallboardAccess access;
    private final ForcedStates states;
    private final Supervising supervising;
    private final JdbcThresholds thresholds;
    private final ContactEventLog events;
    private final LiveFeed feed;
    private final Offices offices;
    private final Users users;
    private final Auditor auditor;

    WallboardController(Wallboard wallboard, WallboardAccess access, ForcedStates states, Supervising supervising,
            JdbcThresholds thresholds, ContactEventLog events, LiveFeed feed, Offices offices, Users users,
            Auditor auditor) {
        this.wallboard = wallboard;
        this.access = access;
        this.states = states;
        this.supervising = supervising;
        this.thresholds = thresholds;
        this.events = events;
        this.feed = feed;
        this.offices = offices;
        this.users = users;
        this.auditor = auditor;
    }

    @GetMapping("/supervisor")
    String page(@RequestParam Optional<String> office, @AuthenticationPrincipal SignedInUser me, Model model) {
        Optional<OfficeCode> scope = access.scope(me, office);
        board(scope, model);
        model.addAttribute("offices", me.isAdmin() ? offices.all() : List.of());
        model.addAttribute("consultantsToForce", consultants(scope));
        scope.ifPresent(code -> model.addAttribute("thresholds", thresholds.of(code)));
        return "supervisor/wallboard";
    }

    @GetMapping("/supervisor/board")
    String region(@RequestParam Optional<String> office, @AuthenticationPrincipal SignedInUser me, Model model) {
        board(access.scope(me, office), model);
        return "supervisor/wallboard :: board";
    }

    @GetMapping("/supervisor/live")
    SseEmitter live(@RequestParam Optional<String> office, @AuthenticationPrincipal SignedInUser me) {
        Optional<OfficeCode> scope = access.scope(me, office);
        return LiveSignal.open(feed, "wallboard", event -> concerns(scope, event));
    }

    @PostMapping("/supervisor/states")
    String force(@RequestParam String username, @RequestParam String state, @RequestParam(defaultValue = "") String reason,
            @RequestParam Optional<String> office, @AuthenticationPrincipal SignedInUser me, RedirectAttributes flash) {
        ForcedStates.Outcome outcome = states.force(me, username, state, reason);
        flash.addFlashAttribute("notice", "supervisor.force." + outcome);
        flash.addFlashAttribute("noticeOk", outcome == ForcedStates.Outcome.DONE);
        flash.addFlashAttribute("noticeArg", username);
        return back(office);
    }

    @PostMapping("/supervisor/contacts/{id}/supervise")
    String supervise(@PathVariable String id, @RequestParam String mode, @RequestParam Optional<String> office,
            @AuthenticationPrincipal SignedInUser me, RedirectAttributes flash) {
        Optional<SupervisionMode> asked = Supervising.mode(mode);
        String outcome = asked.map(m -> supervising.start(me, id, m).name()).orElse("BAD_MODE");
        flash.addFlashAttribute("notice", "supervisor.supervise." + outcome);
        flash.addFlashAttribute("noticeOk", "RINGING".equals(outcome));
        flash.addFlashAttribute("noticeArg", me.getUsername());
        return back(office);
    }

    @GetMapping("/supervisor/contacts/{id}")
    String contact(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, Model model) {
        access.scope(me, Optional.empty()); // only those who lead a floor
        List<ContactEvent> path = events.read(new ContactId(id));
        if (path.isEmpty()) {
            throw new NotFound("contact " + id);
        }
        boolean ours = me.isAdmin() || path.stream().anyMatch(event -> event.office()
                .map(code -> access.mayLead(me, new OfficeCode(code.value()))).orElse(false));
        if (!ours) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "contact " + id + " never reached " + me.office().orElse(null));
        }
        model.addAttribute("contact", id);
        model.addAttribute("events", path.stream().map(EventLine::of).toList());
        return "supervisor/contact";
    }

    @PostMapping("/supervisor/thresholds")
    String thresholds(@RequestParam String office, @RequestParam int waitingAmber, @RequestParam int waitingRed,
            @RequestParam int longestWaitAmber, @RequestParam int longestWaitRed, @RequestParam int serviceLevelAmber,
            @RequestParam int serviceLevelRed, @AuthenticationPrincipal SignedInUser me, RedirectAttributes flash) {
        OfficeCode code = access.scope(me, Optional.of(office)).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "thresholds are set for one office: name it"));
        try {
            Thresholds wanted = new Thresholds(waitingAmber, waitingRed, longestWaitAmber, longestWaitRed,
                    serviceLevelAmber, serviceLevelRed);
            thresholds.replace(code, wanted);
            auditor.record(AuditAction.WALLBOARD_THRESHOLDS_CHANGED, code.value(), Optional.of(code), wanted.toString());
            flash.addFlashAttribute("notice", "supervisor.thresholds.saved");
            flash.addFlashAttribute("noticeOk", true);
        } catch (Thresholds.InvalidThresholds e) {
            flash.addFlashAttribute("notice", "supervisor.thresholds.invalid." + e.field());
            flash.addFlashAttribute("noticeOk", false);
        }
        flash.addFlashAttribute("noticeArg", code.value());
        return back(Optional.of(office));
    }

    /** One step of a contact as the page lists it: Warsaw time, type, and its fields. */
    record EventLine(String time, String type, String details) {

        private static final java.time.format.DateTimeFormatter TIME =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(TodayFigures.WARSAW);

        static EventLine of(ContactEvent event) {
            java.util.Map<String, String> fields = new java.util.TreeMap<>(event.data());
            event.queue().ifPresent(queue -> fields.put("queue", queue.value()));
            event.agent().ifPresent(agent -> fields.put("agent", agent.value()));
            event.office().ifPresent(office -> fields.put("office", office.value()));
            return new EventLine(TIME.format(event.at()), event.type(), fields.entrySet().stream()
                    .map(field -> field.getKey() + ": " + field.getValue())
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    private void board(Optional<OfficeCode> scope, Model model) {
        model.addAttribute("view", wallboard.of(scope));
        model.addAttribute("scope", scope.map(OfficeCode::value).orElse(""));
        model.addAttribute("answeredWithin", TodayFigures.ANSWERED_WITHIN.toSeconds());
    }

    /** The consultants a supervisor may set the state of: their office's, or for ADMIN the chosen office's. */
    private List<User> consultants(Optional<OfficeCode> scope) {
        return scope.map(office -> users.inOffice(office).stream().filter(user -> user.has(Role.AGENT)).toList())
                .orElse(List.of());
    }

    /** Events without an office (a consultant's state, most call steps) may concern any wallboard. */
    private static boolean concerns(Optional<OfficeCode> scope, ContactEvent event) {
        return scope.isEmpty() || event.office().map(code -> code.value().equals(scope.get().value())).orElse(true);
    }

    private static String back(Optional<String> office) {
        return "redirect:" + UriComponentsBuilder.fromPath("/supervisor")
                .queryParamIfPresent("office", office.filter(code -> !code.isBlank())).build().encode().toUriString();
    }
}
