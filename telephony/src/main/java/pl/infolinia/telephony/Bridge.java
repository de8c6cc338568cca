package pl.infolinia.telephony;

import java.util.List;

/**
 * Channels that hear each other: two for a call with a consultant, more for a conference,
 * consultation during a transfer, or a supervisor.
 *
 * <p>Each channel hears the mix of all the others but not itself. A channel that hangs up
 * leaves its bridge by itself. Playing to a bridged channel replaces the mix for that channel.
 */
public interface Bridge {

    /** Adds an answered channel; it hears the others from the next 20 ms on. */
    void add(Channel channel);

    /** Adds a channel that hears everybody but is heard by nobody (a supervisor listening in). */
    void addListener(Channel channel);

    /**
     * Adds a channel that hears everybody and is heard only by {@code listener}, which must be
     * in the bridge: a supervisor whispering to the consultant.
     */
    void addWhisperer(Channel whisperer, Channel listener);

    /** Takes a channel out; it hears silence until something else is played to it. */
    void remove(Channel channel);

    List<ChannelId> channels();

    /** Takes every channel out; the channels stay up. */
    void destroy();
}
