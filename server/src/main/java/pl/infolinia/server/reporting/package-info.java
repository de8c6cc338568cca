/**
 * Reports of the hotline's figures: the event store read for the reporting module, the report
 * pages, their JSON API and exports. The figures' definitions are the reporting module's; this
 * package reads events, scopes them to the user's office and shows them.
 */
package pl.infolinia.server.reporting;
