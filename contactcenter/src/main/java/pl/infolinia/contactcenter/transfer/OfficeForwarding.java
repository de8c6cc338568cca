package pl.infolinia.contactcenter.transfer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.calendar.OfficeCalendar;

/**
 * Each office's forwarding rules: where a call goes when the office is busy, does not answer,
 * or is closed by its calendar. An office without a rule for a problem sends the call back.
 *
 * <p>Rules may chain office to office; a chain that comes back to an office already tried ends
 * with the call sent back, so a misconfiguration cannot bounce a caller around forever.
 */
public final class OfficeForwarding {

    private final Map<OfficeCode, Map<DeliveryProblem, Fallback>> rules;
    private final Map<OfficeCode, OfficeCalendar> calendars;

    public OfficeForwarding(Map<OfficeCode, Map<DeliveryProblem, Fallback>> rules, Map<OfficeCode, OfficeCalendar> calendars) {
        Map<OfficeCode, Map<DeliveryProblem, Fallback>> copy = new HashMap<>();
        rules.forEach((office, byProblem) -> copy.put(office, byProblem.isEmpty()
                ? Map.of() : Map.copyOf(new EnumMap<>(byProblem))));
        this.rules = Map.copyOf(copy);
        this.calendars = Map.copyOf(calendars);
    }

    /** Whether the office takes calls now; an office without a calendar always does. */
    public boolean isOpen(OfficeCode office, Instant at) {
        return Optional.ofNullable(calendars.get(office)).map(c -> c.isOpen(at)).orElse(true);
    }

    /**
     * Where the call goes after {@code problem} at {@code office}: following other offices' rules
     * while they are closed too, and never the same office twice.
     */
    public Fallback fallback(OfficeCode office, DeliveryProblem problem, Instant at) {
        List<OfficeCode> tried = new ArrayList<>(List.of(office));
        Fallback next = ruleFor(office, problem);
        while (next instanceof Fallback.ToOffice(OfficeCode other) && !isOpen(other, at)) {
            if (tried.contains(other)) {
                return new Fallback.BackToSender();
            }
            tried.add(other);
            next = ruleFor(other, DeliveryProblem.CLOSED);
        }
        if (next instanceof Fallback.ToOffice(OfficeCode other) && tried.contains(other)) {
            return new Fallback.BackToSender();
        }
        return next;
    }

    private Fallback ruleFor(OfficeCode office, DeliveryProblem problem) {
        return rules.getOrDefault(office, Map.of()).getOrDefault(problem, new Fallback.BackToSender());
    }
}
