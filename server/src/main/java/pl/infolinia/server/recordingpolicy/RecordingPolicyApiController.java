package pl.infolinia.server.recordingpolicy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.infolinia.contactcenter.recordingpolicy.RecordingPolicies;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.security.OfficeAccess;
import pl.infolinia.server.security.SignedInUser;

/**
 * An office's recording policy, {@code {"mode": "ON_DEMAND", "pauseAllowed": false, "queues":
 * {"podatki": "NONE"}}}: whether its calls are recorded (per queue if set), and whether consultants
 * may pause a recording. Read by anyone of the office, set by its administrators (ADMIN: any
 * office), checked against the published IVR flows, audited; in force from the next answered call.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/offices/{code}/recording-policy")
class RecordingPolicyApiController {

    private final Offices offices;
    private final RecordingPolicies policies;
    private final PolicyChange change;
    private final OfficeAccess access;

    RecordingPolicyApiController(Offices offices, RecordingPolicies policies, PolicyChange change, OfficeAccess access) {
        this.offices = offices;
        this.policies = policies;
        this.change = change;
        this.access = access;
    }

    @GetMapping
    PolicyJson policy(@PathVariable String code, @AuthenticationPrincipal SignedInUser me) {
        OfficeCode office = offices.known(code);
        access.requireRead(me, office);
        return PolicyJson.of(policies.of(domain(office)));
    }

    @PutMapping
    PolicyJson change(@PathVariable String code, @RequestBody(required = false) PolicyJson wanted,
            @AuthenticationPrincipal SignedInUser me) {
        OfficeCode office = offices.known(code);
        access.requireManage(me, office);
        return PolicyJson.of(change.apply(domain(office), wanted));
    }

    static pl.infolinia.contactcenter.OfficeCode domain(OfficeCode office) {
        return pl.infolinia.contactcenter.OfficeCode.of(office.value());
    }
}
