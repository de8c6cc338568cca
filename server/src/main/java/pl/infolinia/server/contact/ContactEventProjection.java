package pl.infolinia.server.contact;

import pl.infolinia.contactcenter.contact.ContactEventRow;

/**
 * A table kept from the event store as events are appended, in the append's transaction: given
 * each event's row and its id (the store's order). The event store stays the source of truth; a
 * projection can always be rebuilt from it.
 */
public interface ContactEventProjection {

    void appended(long id, ContactEventRow row);
}
