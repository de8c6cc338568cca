/**
 * WebRTC for the consultant's browser phone: ICE-lite (STUN), DTLS-SRTP (BouncyCastle) and
 * SRTP/SRTCP (the JDK's AES-CTR and HMAC-SHA1) on one port, behind the media package's
 * {@link pl.infolinia.telephony.media.MediaTransport}, so that a browser leg is a channel like a
 * SIP one. Knows nothing of JAIN-SIP; keys and ICE passwords are never logged.
 */
package pl.infolinia.telephony.webrtc;
