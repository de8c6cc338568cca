/**
 * The supervisor console: the live wallboard of an office's queues and consultants (figures that
 * cross their thresholds marked in colour and in words), forcing a consultant's state, a
 * consultant's current contact, and listening, whispering or barging into a call from the
 * supervisor's own phone. Scoped to the supervisor's office; ADMIN sees all.
 */
package pl.infolinia.server.supervisor;
