/**
 * The consultant's browser phone: their choice between it and a SIP phone, and the signalling
 * between the desk page and the engine (an event stream to the page, POSTs from it) over the
 * signed-in session. Only the signed-in consultant's own phone and calls can be reached.
 */
package pl.infolinia.server.phone;
