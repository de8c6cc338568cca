package pl.infolinia.contactcenter.switchboard;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.SupervisorJoined;
import pl.infolinia.telephony.Bridge;
import pl.infolinia.telephony.CallNotAnswered;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.InvalidChannelState;
import pl.infolinia.telephony.Telephony;

/**
 * A supervisor listening to, whispering to or barging into a consultant's call: their own
 * registered phone is rung on a virtual thread and, once it answers, joins the conversation's
 * bridge in the chosen {@link SupervisionMode}; {@link SupervisorJoined} is stored then. When the
 * conversation ends (hang-up, transfer) the supervisor's phone is hung up.
 */
final class Supervision {

    private static final System.Logger LOG = System.getLogger(Supervision.class.getName());
    /** How long the supervisor's phone rings before the request lapses. */
    private static final Duration RING_LIMIT = Duration.ofSeconds(30);
    /** How often a joined supervisor's thread looks whether the conversation still goes on. */
    private static final Duration LOOK_EVERY = Duration.ofMillis(250);

    private final Telephony telephony;
    private final LiveCalls calls;
    private final ContactEventLog log;
    private final Clock clock;

    Supervision(Telephony telephony, LiveCalls calls, ContactEventLog log, Clock clock) {
        this.telephony = telephony;
        this.calls = calls;
        this.log = log;
        this.clock = clock;
    }

    SupervisionStart start(ContactId contact, String supervisor, SupervisionMode mode) {
        if (telephony.endpoint(supervisor).isEmpty()) {
            return SupervisionStart.NO_PHONE;
        }
        Optional<LiveCall> call = calls.find(contact).filter(live -> live.talking().isPresent());
        if (call.isEmpty()) {
            return SupervisionStart.NO_CONVERSATION;
        }
        Thread.ofVirtual().name("supervise-" + supervisor).start(() -> join(call.get(), supervisor, mode));
        return SupervisionStart.RINGING;
    }

    private void join(LiveCall call, String supervisor, SupervisionMode mode) {
        Channel phone;
        try {
            phone = telephony.dial(supervisor, call.caller().caller(), RING_LIMIT);
        } catch (CallNotAnswered e) {
            LOG.log(System.Logger.Level.INFO, "{0}''s phone did not answer to supervise {1}", supervisor, call.contact());
            return;
        }
        Optional<LiveCall.Talking> talking = call.talking();
        if (talking.isEmpty() || !joined(talking.get(), phone, mode)) {
            phone.hangup(); // the conversation ended while the phone was ringing
            return;
        }
        Bridge bridge = talking.get().bridge();
        log.append(new SupervisorJoined(call.contact(), clock.instant(), supervisor, mode.name()));
        while (!phone.awaitHangup(LOOK_EVERY)) {
            if (call.talking().filter(now -> now.bridge() == bridge).isEmpty()) {
                bridge.remove(phone);
                phone.hangup();
                return;
            }
        }
        bridge.remove(phone);
    }

    private static boolean joined(LiveCall.Talking talking, Channel phone, SupervisionMode mode) {
        try {
            switch (mode) {
                case LISTEN -> talking.bridge().addListener(phone);
                case WHISPER -> talking.bridge().addWhisperer(phone, talking.phone());
                case BARGE -> talking.bridge().add(phone);
            }
            return true;
        } catch (IllegalArgumentException | InvalidChannelState e) {
            return false; // the consultant's phone left the bridge meanwhile
        }
    }
}
