/**
 * The consultant's desktop: their state, the incoming call's card (caller, hotline, topic, IVR path,
 * wait, earlier contacts, suggested articles), call controls, the knowledge base beside the call and
 * the wrap-up, refreshed live from the contact event store.
 */
package pl.infolinia.server.desk;
