package pl.infolinia.telephony;

/** Where a channel is in its life. */
public enum ChannelState {
    /** The call arrived and has not been answered yet. */
    RINGING,
    /** Answered: media flows. */
    UP,
    /** Hung up by either side; nothing more can be done with it. */
    DOWN
}
