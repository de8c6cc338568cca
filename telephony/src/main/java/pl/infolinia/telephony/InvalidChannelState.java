package pl.infolinia.telephony;

/** The channel is not in a state that allows the operation, e.g. playing to a hung-up call. */
public final class InvalidChannelState extends RuntimeException {

    public InvalidChannelState(ChannelId channel, ChannelState state, String operation) {
        super(operation + " needs another state; channel " + channel + " is " + state);
    }
}
