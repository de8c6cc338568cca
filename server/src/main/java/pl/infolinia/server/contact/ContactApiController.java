package pl.infolinia.server.contact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.ContactQuery;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/**
 * Contacts as JSON, read from the event store: the newest first with filters, and one contact's
 * whole path in order. Everyone but an ADMIN sees only the contacts that touched their own office.
 */
@RestController
@RequestMapping("/api/contacts")
class ContactApiController {

    private static final int MAX_LIMIT = 1000;

    private final ContactEventLog events;

    ContactApiController(ContactEventLog events) {
        this.events = events;
    }

    @GetMapping
    List<ContactJson> contacts(@RequestParam Optional<Instant> from, @RequestParam Optional<Instant> to,
            @RequestParam Optional<String> office, @RequestParam Optional<String> queue,
            @RequestParam Optional<String> agent, @RequestParam Optional<String> caller,
            @RequestParam(defaultValue = "100") int limit, @AuthenticationPrincipal SignedInUser me) {
        ContactQuery query = new ContactQuery(from, to, scope(office, me), queue.map(QueueCode::new),
                agent.map(AgentId::new), caller, Math.clamp(limit, 1, MAX_LIMIT));
        return events.contacts(query).stream().map(id -> ContactJson.of(id, events.read(id))).toList();
    }

    @GetMapping("/{id}")
    ContactJson contact(@PathVariable String id, @AuthenticationPrincipal SignedInUser me) {
        ContactId contact = new ContactId(id);
        List<ContactEvent> path = events.read(contact);
        if (path.isEmpty()) {
            throw new NotFound("contact " + id);
        }
        if (!me.isAdmin() && path.stream().noneMatch(event -> event.office().map(OfficeCode::value)
                .equals(me.office().map(Object::toString)))) {
            throw new AccessDeniedException("contact " + id + " never reached " + me.office().orElse(null));
        }
        return ContactJson.of(contact, path);
    }

    private static Optional<OfficeCode> scope(Optional<String> asked, SignedInUser me) {
        if (me.isAdmin()) {
            return asked.map(OfficeCode::new);
        }
        String own = me.office().map(Object::toString)
                .orElseThrow(() -> new AccessDeniedException(me.getUsername() + " belongs to no office"));
        if (asked.isPresent() && !asked.get().equals(own)) {
            throw new AccessDeniedException("office " + asked.get() + " is not " + me.getUsername() + "'s");
        }
        return Optional.of(new OfficeCode(own));
    }

    /** A contact as the API shows it: its id and its events in order, each with its type. */
    record ContactJson(String id, List<EventJson> events) {

        static ContactJson of(ContactId id, List<ContactEvent> path) {
            return new ContactJson(id.value(), path.stream().map(event -> new EventJson(event.type(), event)).toList());
        }
    }

    /** One step, tagged with its type name. */
    record EventJson(String type, ContactEvent event) {
    }
}
