package pl.infolinia.server.reporting;

import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.reporting.ScriptedDay;

/** Stores the reporting module's scripted day in the shared test application's event store, once. */
final class ScriptedDayEvents {

    private ScriptedDayEvents() {
    }

    static synchronized void storeOnce(ContactEventLog log) {
        if (log.read(new ContactId("rep-day-C3")).isEmpty()) {
            ScriptedDay.events().forEach(log::append);
        }
    }
}
