package pl.infolinia.server.switchboard;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.transfer.Fallback;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.security.OfficeAccess;
import pl.infolinia.server.security.SignedInUser;

/**
 * An office's forwarding rules: where a call sent to its line goes when the line is busy, does
 * not answer, or the office is closed by its hours ({@code /api/offices/{code}/hours}):
 * {@code {"BUSY": "office:MC", "NO_ANSWER": "message", "CLOSED": "queue:inne"}}.
 * Read by anyone of the office, set by its administrators (ADMIN everywhere), audited.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/offices/{code}/forwarding")
class OfficeForwardingApiController {

    private static final Set<String> PROBLEMS = Set.of("BUSY", "NO_ANSWER", "CLOSED");

    private final Offices offices;
    private final JdbcOfficeForwarding forwarding;
    private final ServerOfficeLines lines;
    private final Acd acd;
    private final OfficeAccess access;
    private final Auditor auditor;

    OfficeForwardingApiController(Offices offices, JdbcOfficeForwarding forwarding, ServerOfficeLines lines, Acd acd,
            OfficeAccess access, Auditor auditor) {
        this.offices = offices;
        this.forwarding = forwarding;
        this.lines = lines;
        this.acd = acd;
        this.access = access;
        this.auditor = auditor;
    }

    @GetMapping
    Map<String, String> rules(@PathVariable String code, @AuthenticationPrincipal SignedInUser me) {
        OfficeCode office = offices.known(code);
        access.requireRead(me, office);
        return forwarding.of(office);
    }

    @PutMapping
    Map<String, String> replace(@PathVariable String code, @RequestBody Map<String, String> wanted,
            @AuthenticationPrincipal SignedInUser me) {
        OfficeCode office = offices.known(code);
        access.requireManage(me, office);
        Map<String, String> checked = new TreeMap<>();
        wanted.forEach((problem, target) -> checked.put(checkedProblem(problem), checkedTarget(office, target)));
        forwarding.replace(office, checked);
        auditor.record(AuditAction.OFFICE_CHANGED, office.value(), java.util.Optional.of(office),
                "forwarding " + checked);
        return forwarding.of(office);
    }


    private static String checkedProblem(String problem) {
        if (!PROBLEMS.contains(problem)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "a rule is for BUSY, NO_ANSWER or CLOSED, not '" + problem + "'");
        }
        return problem;
    }

    private String checkedTarget(OfficeCode office, String target) {
        Fallback fallback = ForwardingRule.parse(target == null ? "" : target).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "a target is office:<CODE>, queue:<name> or message, not '" + target + "'"));
        boolean reachable = switch (fallback) {
            case Fallback.ToOffice(pl.infolinia.contactcenter.OfficeCode other) ->
                    !other.value().equals(office.value()) && lines.has(other);
            case Fallback.ToQueue(pl.infolinia.contactcenter.QueueCode queue) -> acd.hasQueue(queue);
            case Fallback.TakeMessage ignored -> true;
            case Fallback.BackToSender ignored -> false;
        };
        if (!reachable) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "'" + target
                    + "' cannot take calls: another office with a transfer address, or an existing queue, is needed");
        }
        return target;
    }
}
