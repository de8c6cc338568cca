/**
 * The live contact centre: calls from the telephony engine walk the IVR, wait in the ACD's
 * queues hearing music and their place, and are bridged to the consultant whose phone answered,
 * or sent on to an office's own line.
 *
 * <p>Each call is plain blocking code on its own virtual thread; the ACD decides and this
 * package carries its commands out on the telephony API. Every step is stored in the contact
 * event store before it is acted on.
 */
package pl.infolinia.contactcenter.switchboard;
