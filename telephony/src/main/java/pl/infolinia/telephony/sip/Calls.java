package pl.infolinia.telephony.sip;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The live calls by SIP Call-ID, so that BYE and CANCEL find their channel. */
final class Calls {

    private final Map<String, SipChannel> byCallId = new ConcurrentHashMap<>();

    void add(String callId, SipChannel channel) {
        byCallId.put(callId, channel);
    }

    Optional<SipChannel> find(String callId) {
        return Optional.ofNullable(byCallId.get(callId));
    }

    void remove(String callId) {
        byCallId.remove(callId);
    }

    int size() {
        return byCallId.size();
    }

    /** Hangs up every call, e.g. when the engine stops. */
    void hangupAll() {
        byCallId.values().forEach(SipChannel::hangup);
    }
}
