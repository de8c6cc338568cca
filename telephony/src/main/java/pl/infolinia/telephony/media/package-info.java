/**
 * Hand-written real-time media: RTP and RTCP, G.711, RFC 4733 and in-band DTMF, the jitter
 * buffer, bridging and mixing, WAV files, and the one clock that paces them all.
 * Everything here works on bytes and 16-bit samples and knows nothing of SIP, so it can be
 * tested without sockets. It must not depend on {@code javax.sip}, {@code gov.nist} or on the
 * engine's public API package.
 */
package pl.infolinia.telephony.media;
