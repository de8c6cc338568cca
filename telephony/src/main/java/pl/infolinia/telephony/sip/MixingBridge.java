package pl.infolinia.telephony.sip;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import pl.infolinia.telephony.Bridge;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.ChannelId;
import pl.infolinia.telephony.media.Mixer;

/** A {@link Bridge} of SIP channels over one {@link Mixer}. */
final class MixingBridge implements Bridge {

    private final Mixer mixer = new Mixer();
    private final Map<SipChannel, Mixer.Port> ports = new ConcurrentHashMap<>();

    @Override
    public void add(Channel channel) {
        join(channel, Mixer.Role.SPEAK);
    }

    @Override
    public void addListener(Channel channel) {
        join(channel, Mixer.Role.LISTEN);
    }

    @Override
    public void addWhisperer(Channel whisperer, Channel listener) {
        Mixer.Port heard = ports.get(ours(listener));
        if (heard == null) {
            throw new IllegalArgumentException("whispering to a channel not in this bridge: " + listener);
        }
        attach(ours(whisperer), () -> mixer.whisperTo(heard));
    }

    private void join(Channel channel, Mixer.Role role) {
        attach(ours(channel), () -> mixer.join(role));
    }

    private void attach(SipChannel sip, java.util.function.Supplier<Mixer.Port> joining) {
        if (ports.containsKey(sip)) {
            return;
        }
        Mixer.Port port = joining.get();
        ports.put(sip, port);
        sip.join(this, port);
    }

    private static SipChannel ours(Channel channel) {
        if (!(channel instanceof SipChannel sip)) {
            throw new IllegalArgumentException("not a channel of this engine: " + channel);
        }
        return sip;
    }

    @Override
    public void remove(Channel channel) {
        if (channel instanceof SipChannel sip) {
            Mixer.Port port = ports.remove(sip);
            if (port != null) {
                mixer.leave(port);
                sip.leave(port);
            }
        }
    }

    /**
     * A key pressed by one party who talks in the bridge reaches the others who talk, as RFC 4733
     * events, as a PBX passes keys through (a consultant steering an office's menu, say); supervisors
     * who listen or whisper neither send nor receive them.
     */
    void keyPressed(SipChannel from, char key) {
        Mixer.Port own = ports.get(from);
        if (own == null || !own.speaks()) {
            return;
        }
        ports.forEach((channel, port) -> {
            if (channel != from && port.speaks()) {
                channel.relayKey(key);
            }
        });
    }

    @Override
    public List<ChannelId> channels() {
        return ports.keySet().stream().map(SipChannel::id).toList();
    }

    @Override
    public void destroy() {
        List.copyOf(ports.keySet()).forEach(this::remove);
    }
}
