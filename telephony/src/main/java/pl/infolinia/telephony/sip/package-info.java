/**
 * SIP signalling on JAIN-SIP: the stack wrapper, the dispatcher with one handler per method, the
 * registrar with digest authentication, and the SIP side of channels. This is the only package
 * that may use {@code javax.sip} or {@code gov.nist}; its public types expose none of them, so
 * the stack can be replaced without touching callers.
 */
package pl.infolinia.telephony.sip;
