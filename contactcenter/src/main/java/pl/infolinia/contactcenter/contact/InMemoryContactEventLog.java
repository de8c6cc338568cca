package pl.infolinia.contactcenter.contact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link ContactEventLog} in a list, for tests and for runs without a database.
 *
 * <p>Newest first means latest appended first among equal times, so that a contact's steps
 * recorded within one clock tick still read back in a sensible order.
 */
public final class InMemoryContactEventLog implements ContactEventLog {

    // sorted stably over lists already in reverse append order: later appends stay first among equal times
    private static final Comparator<ContactEvent> NEWEST_FIRST =
            Collections.reverseOrder(Comparator.comparing(ContactEvent::at));

    private final List<ContactEvent> all = new ArrayList<>();
    private final Map<ContactId, List<ContactEvent>> byContact = new HashMap<>();
    private final Map<ContactId, String> callers = new HashMap<>();

    @Override
    public synchronized void append(ContactEvent event) {
        all.add(event);
        event.contact().ifPresent(id -> byContact.computeIfAbsent(id, k -> new ArrayList<>()).add(event));
        if (event instanceof CallArrived arrived) {
            callers.put(arrived.contactId(), arrived.caller());
        }
    }

    @Override
    public synchronized List<ContactEvent> read(ContactId contact) {
        return List.copyOf(byContact.getOrDefault(contact, List.of()));
    }

    @Override
    public synchronized List<ContactEvent> events(ContactQuery query) {
        List<ContactEvent> found = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && found.size() < query.limit(); i--) {
            ContactEvent event = all.get(i);
            if (query.matches(event) && callerMatches(query, event.contact())) {
                found.add(event);
            }
        }
        return found.stream().sorted(NEWEST_FIRST).toList();
    }

    @Override
    public synchronized List<ContactId> contacts(ContactQuery query) {
        Set<ContactId> matching = new LinkedHashSet<>();
        for (ContactEvent event : all) {
            if (event.contact().isPresent() && query.matches(event) && callerMatches(query, event.contact())) {
                matching.add(event.contact().get());
            }
        }
        List<ContactId> newestFirst = new ArrayList<>(matching);
        Collections.reverse(newestFirst);
        newestFirst.sort(Comparator.comparing((ContactId id) -> byContact.get(id).getFirst().at()).reversed());
        return List.copyOf(newestFirst.subList(0, Math.min(query.limit(), newestFirst.size())));
    }

    private boolean callerMatches(ContactQuery query, Optional<ContactId> contact) {
        return query.caller().isEmpty()
                || contact.map(callers::get).filter(query.caller().get()::equals).isPresent();
    }

}
