package pl.infolinia.telephony.webrtc;

/**
 * One call offered to a browser phone, as the page handles it: the engine's SDP offer, then
 * answer, decline, hang up, hold.
 *
 * <p>Once answered, the call is an ordinary {@link pl.infolinia.telephony.Channel} inside the
 * engine (bridges, recording, transfer work as for a SIP phone); this handle is the page's.
 */
public interface BrowserCall {

    /** An unguessable id for the page to name the call by. */
    String id();

    /** Who is calling, as the engine would show it on a desk phone. */
    String caller();

    /** The engine's SDP offer for the page's RTCPeerConnection. */
    String offer();

    /**
     * The page picked up with its SDP answer; media starts once ICE and DTLS are through.
     *
     * @throws pl.infolinia.telephony.UnsupportedMediaFormat if the answer is unusable (the call stays ringing)
     * @throws pl.infolinia.telephony.InvalidChannelState if the call is no longer ringing
     */
    void answer(String sdp);

    /** The page refused the call while it rang. */
    void decline();

    /** The page hung up. */
    void hangUp();

    /** The consultant put the call on hold: they neither hear nor are heard. */
    void hold();

    void unhold();
}
