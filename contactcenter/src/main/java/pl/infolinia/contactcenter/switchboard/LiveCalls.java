package pl.infolinia.contactcenter.switchboard;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.ChannelId;

/**
 * The calls Infolinia holds now, by contact and by each of their channels, so that engine events
 * (a hang-up, a phone's transfer request) and the ACD's decisions reach the right call.
 */
final class LiveCalls {

    /** A channel of a live call: the caller's own (no agent) or a consultant's phone. */
    private record Leg(LiveCall call, Optional<AgentId> agent) {
    }

    private final Map<ContactId, LiveCall> byContact = new ConcurrentHashMap<>();
    private final Map<ChannelId, Leg> byChannel = new ConcurrentHashMap<>();

    void add(LiveCall call) {
        byContact.put(call.contact(), call);
        byChannel.put(call.caller().id(), new Leg(call, Optional.empty()));
    }

    /** The call's thread is done with it: nothing more reaches it. */
    void remove(LiveCall call) {
        byContact.remove(call.contact(), call);
        byChannel.remove(call.caller().id());
    }

    /**
     * A consultant's phone answered the contact's call: from now on its hang-up and transfer
     * requests reach the call, whose thread is handed the phone. False if the call is gone.
     */
    boolean answeredBy(ContactId contact, AgentId agent, Channel phone) {
        Optional<LiveCall> call = find(contact);
        if (call.isEmpty()) {
            return false;
        }
        attach(phone.id(), call.get(), agent);
        if (!call.get().deliver(new Handoff.AgentAnswered(agent, phone))) {
            detach(phone.id());
            return false;
        }
        return true;
    }

    /** A consultant's phone joined the call. */
    void attach(ChannelId phone, LiveCall call, AgentId agent) {
        byChannel.put(phone, new Leg(call, Optional.of(agent)));
    }

    void detach(ChannelId phone) {
        byChannel.remove(phone);
    }

    Optional<LiveCall> find(ContactId contact) {
        return Optional.ofNullable(byContact.get(contact));
    }

    /** Hands something to the contact's call; false if no such call is live. */
    boolean deliver(ContactId contact, Handoff handoff) {
        return find(contact).map(call -> call.deliver(handoff)).orElse(false);
    }

    void channelDown(ChannelId channel) {
        Optional.ofNullable(byChannel.get(channel)).ifPresent(leg -> leg.call().deliver(new Handoff.ChannelDown(channel)));
    }

    /** A phone asked to transfer its call; only a consultant's phone may. */
    void transferAsked(ChannelId channel, String target) {
        Optional.ofNullable(byChannel.get(channel)).ifPresent(leg -> leg.agent().ifPresent(
                agent -> leg.call().deliver(new Handoff.TransferAsked(agent, target, true))));
    }

    int size() {
        return byContact.size();
    }
}
