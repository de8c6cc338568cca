package pl.infolinia.reporting.metric;

import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;

/**
 * Which queue visits a report counts: those of one office, one queue, or all. An office's
 * supervisor sees their office's scope only.
 */
public record Scope(Optional<OfficeCode> office, Optional<QueueCode> queue) {

    public static Scope all() {
        return new Scope(Optional.empty(), Optional.empty());
    }

    public static Scope office(OfficeCode office) {
        return new Scope(Optional.of(office), Optional.empty());
    }

    public Scope queue(QueueCode code) {
        return new Scope(office, Optional.of(code));
    }

    boolean includes(QueueVisit visit) {
        return office.map(o -> o.equals(visit.office)).orElse(true)
                && queue.map(q -> q.equals(visit.queue)).orElse(true);
    }

    boolean includesAny(ContactTrail trail) {
        if (office.isEmpty() && queue.isEmpty()) {
            return true;
        }
        return trail.visits.stream().anyMatch(this::includes);
    }
}
