package pl.infolinia.server.switchboard;

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
import pl.infolinia.contactcenter.calendar.CalendarText;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.security.OfficeAccess;
import pl.infolinia.server.security.SignedInUser;

/**
 * An office's own hours, {@code {"hours": "mon-fri 08:00-16:00 closed 2026-12-24"}} (Polish public
 * holidays closed too; {@code null} or blank: always open). Outside them, calls are not put through
 * to the office's line and its CLOSED forwarding rule applies. Read by anyone of the office, set by
 * its administrators, checked and audited.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/offices/{code}/hours")
class OfficeHoursApiController {

    private static final int MAX_LENGTH = 500;

    private final Offices offices;
    private final JdbcOfficeHours hours;
    private final OfficeAccess access;
    private final Auditor auditor;

    OfficeHoursApiController(Offices offices, JdbcOfficeHours hours, OfficeAccess access, Auditor auditor) {
        this.offices = offices;
        this.hours = hours;
        this.access = access;
        this.auditor = auditor;
    }

    /** The hours as JSON; {@code null} when the office has none. */
    record Hours(String hours) {
    }

    @GetMapping
    Hours hours(@PathVariable String code, @AuthenticationPrincipal SignedInUser me) {
        OfficeCode office = offices.known(code);
        access.requireRead(me, office);
        return new Hours(hours.of(office).orElse(null));
    }

    @PutMapping
    Hours replace(@PathVariable String code, @RequestBody Hours wanted, @AuthenticationPrincipal SignedInUser me) {
        OfficeCode office = offices.known(code);
        access.requireManage(me, office);
        Optional<String> text = Optional.ofNullable(wanted == null ? null : wanted.hours()).map(String::strip)
                .filter(value -> !value.isEmpty());
        text.ifPresent(OfficeHoursApiController::check);
        hours.replace(office, text);
        auditor.record(AuditAction.OFFICE_CHANGED, office.value(), Optional.of(office),
                "hours " + text.orElse("(always open)"));
        return new Hours(hours.of(office).orElse(null));
    }

    private static void check(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "hours longer than " + MAX_LENGTH + " characters");
        }
        try {
            CalendarText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
