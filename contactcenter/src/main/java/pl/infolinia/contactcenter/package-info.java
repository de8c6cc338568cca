/**
 * Call flows of the hotline: IVR, business hours, queues, agents, routing, transfers, callbacks
 * and the contact events that record every step. Plain Java with no framework: the server wires
 * it with {@code new}, and it will reach calls only through the telephony API, never SIP itself.
 * The root package holds the values every feature shares, such as {@link pl.infolinia.contactcenter.OfficeCode} and {@link pl.infolinia.contactcenter.QueueCode}.
 */
package pl.infolinia.contactcenter;
