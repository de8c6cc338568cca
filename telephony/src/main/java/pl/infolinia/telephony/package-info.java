/**
 * The telephony engine's public API, shaped like Asterisk's ARI: {@link pl.infolinia.telephony.Telephony},
 * channels, bridges, playbacks, recordings, endpoints and past-tense events.
 * Callers (the contact centre, the server) see only these plain Java types; no JAIN-SIP type
 * appears here, in a signature or as an exception cause. This package must not depend on Spring.
 */
package pl.infolinia.telephony;
