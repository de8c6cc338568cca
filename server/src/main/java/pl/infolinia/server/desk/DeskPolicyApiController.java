package pl.infolinia.server.desk;

import java.util.Optional;
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
import pl.infolinia.contactcenter.agent.AgentState;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.security.OfficeAccess;
import pl.infolinia.server.security.SignedInUser;

/**
 * An office's desk policy, {@code {"notesRequired": true}}: whether its consultants must write the
 * wrap-up before the next call. Read by anyone of the office, set by its administrators, audited.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/offices/{code}/desk-policy")
class DeskPolicyApiController {

    private final Offices offices;
    private final JdbcNotesPolicy policy;
    private final NotesPolicyOnLogin applier;
    private final Acd acd;
    private final OfficeAccess access;
    private final Auditor auditor;

    DeskPolicyApiController(Offices offices, JdbcNotesPolicy policy, NotesPolicyOnLogin applier, Acd acd,
            OfficeAccess access, Auditor auditor) {
        this.offices = offices;
        this.policy = policy;
        this.applier = applier;
        this.acd = acd;
        this.access = access;
        this.auditor = auditor;
    }

    /** The policy as JSON. */
    record DeskPolicy(Boolean notesRequired) {
    }

    @GetMapping
    DeskPolicy policy(@PathVariable String code, @AuthenticationPrincipal SignedInUser me) {
        OfficeCode office = offices.known(code);
        access.requireRead(me, office);
        return new DeskPolicy(policy.notesRequired(office));
    }

    @PutMapping
    DeskPolicy change(@PathVariable String code, @RequestBody DeskPolicy wanted,
            @AuthenticationPrincipal SignedInUser me) {
        OfficeCode office = offices.known(code);
        access.requireManage(me, office);
        if (wanted == null || wanted.notesRequired() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "notesRequired (true or false) is needed");
        }
        policy.requireNotes(office, wanted.notesRequired());
        applier.applyToOffice(office, acd.agents().stream().map(AgentState::id).toList());
        auditor.record(AuditAction.OFFICE_CHANGED, office.value(), Optional.of(office),
                "notes required " + wanted.notesRequired());
        return new DeskPolicy(policy.notesRequired(office));
    }
}
