/**
 * The live contact centre inside the server: the contact centre's switchboard on the telephony
 * engine, with the hotline's flows from the flow library, consultants from the users and their
 * skills, offices' lines from the offices directory, and every step in the contact event store.
 */
package pl.infolinia.server.switchboard;
