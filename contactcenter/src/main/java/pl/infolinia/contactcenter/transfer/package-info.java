/**
 * Transfers from the agent's side, blind or attended (consult, then complete or return), to an
 * agent, a queue or an office with a configured destination, carrying the call's context; and
 * each office's forwarding rules for when it is busy, does not answer or is closed. Decides and
 * records; moving the media is the telephony side's job.
 */
package pl.infolinia.contactcenter.transfer;
