package pl.infolinia.contactcenter.switchboard;

import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.ChannelState;
import pl.infolinia.telephony.InvalidChannelState;

/** Channels can end at any moment from the far side; these steps accept that. */
final class ChannelEnds {

    private ChannelEnds() {
    }

    static boolean isDown(Channel channel) {
        return channel.state() == ChannelState.DOWN;
    }

    /** Does something to a channel unless it ended meanwhile. */
    static void unlessEnded(Runnable action) {
        try {
            action.run();
        } catch (InvalidChannelState e) {
            // the channel ended meanwhile: nothing left to do on it
        }
    }
}
