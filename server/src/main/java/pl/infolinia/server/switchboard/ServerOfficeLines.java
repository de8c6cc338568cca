package pl.infolinia.server.switchboard;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.calendar.CalendarText;
import pl.infolinia.contactcenter.calendar.OfficeCalendar;
import pl.infolinia.contactcenter.switchboard.OfficeLines;
import pl.infolinia.contactcenter.transfer.DeliveryProblem;
import pl.infolinia.contactcenter.transfer.Fallback;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;

/**
 * Calls can be sent to the offices whose transfer address is filled in the offices directory;
 * when such a line is busy, does not answer or is closed by the office's own hours, the office's
 * forwarding rule says where the call goes instead.
 */
@Component
class ServerOfficeLines implements OfficeLines {

    private final Offices offices;
    private final JdbcOfficeForwarding forwarding;
    private final JdbcOfficeHours hours;

    ServerOfficeLines(Offices offices, JdbcOfficeForwarding forwarding, JdbcOfficeHours hours) {
        this.offices = offices;
        this.forwarding = forwarding;
        this.hours = hours;
    }

    /** Open by the office's own hours; an office without hours, or with hours that no longer read, is open. */
    @Override
    public boolean isOpen(pl.infolinia.contactcenter.OfficeCode office, Instant time) {
        if (!OfficeCode.isValid(office.value())) {
            return true;
        }
        return hours.of(new OfficeCode(office.value())).flatMap(ServerOfficeLines::calendar)
                .map(calendar -> calendar.isOpen(time.atZone(OfficeCalendar.WARSAW))).orElse(true);
    }

    private static Optional<OfficeCalendar> calendar(String text) {
        try {
            return Optional.of(CalendarText.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public Fallback fallback(pl.infolinia.contactcenter.OfficeCode office, DeliveryProblem problem) {
        if (!OfficeCode.isValid(office.value())) {
            return new Fallback.BackToSender();
        }
        return Optional.ofNullable(forwarding.of(new OfficeCode(office.value())).get(problem.name()))
                .flatMap(ForwardingRule::parse).orElse(new Fallback.BackToSender());
    }

    @Override
    public boolean has(pl.infolinia.contactcenter.OfficeCode office) {
        return OfficeCode.isValid(office.value())
                && offices.find(new OfficeCode(office.value())).flatMap(o -> o.transferTo()).isPresent();
    }
}
