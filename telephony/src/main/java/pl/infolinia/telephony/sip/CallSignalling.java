package pl.infolinia.telephony.sip;

/**
 * The SIP side of one channel, incoming ({@link InviteDialog}) or outgoing ({@link OutgoingDialog}).
 */
interface CallSignalling {

    /** The calling party's user or number. */
    String caller();

    /** The called party's user or number. */
    String called();

    /** Starts early media on an incoming call: 183 Session Progress with our SDP. */
    void progress(String sdp);

    /** Answers an incoming call with our SDP; only for calls that are still ringing. */
    void accept(String sdp);

    /** Refuses an incoming call that is still ringing with a final status. */
    void reject(int status);

    /** Ends an established call. */
    void bye();

    /** Reports a transfer the far end asked for (REFER) as a sipfrag NOTIFY; 2xx and up is final. */
    void notifyTransfer(int status, String reason);

    /** Forgets the call once the channel is down. */
    void forget();
}
