/**
 * The contact event store on the database (DESIGN.md: one source of truth for what happened) and the
 * contacts JSON API read from it. The events themselves are the contact centre's; this package only
 * keeps and serves them.
 */
package pl.infolinia.server.contact;
