/**
 * The telephony engine inside the server: started with it, with phones authenticated against the
 * users and dial-out limited to the offices' configured transfer addresses. The engine itself is the
 * {@code telephony} module; no SIP type appears here.
 */
package pl.infolinia.server.telephony;
