/**
 * The contact and its events: past-tense records of every step of a call and of agents' state,
 * and the {@link pl.infolinia.contactcenter.contact.ContactEventLog} port they are appended to
 * before anyone acts on them. Live views, reports and the contact history read only these events.
 * The server supplies the JDBC adapter; {@code InMemoryContactEventLog} serves tests and demos.
 */
package pl.infolinia.contactcenter.contact;
