package pl.infolinia.contactcenter.switchboard;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.CallTransferred;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.telephony.Bridge;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.Recording;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.TransferOutcome;

/**
 * A citizen and the consultant whose phone answered, bridged (and recorded) until one of them
 * hangs up or the consultant sends the citizen on to an office.
 *
 * <p>A blind transfer to an office stores the transfer, dials the office's line while the citizen
 * hears they are being connected, and, once the office answers, tells the consultant's phone it
 * succeeded and ends the consultant's part. If the office does not answer, the phone hears that
 * the transfer failed and the citizen is back with the consultant.
 */
final class Conversation {

    private static final Duration WAKE_UP = Duration.ofSeconds(1);

    private final Telephony telephony;
    private final Acd acd;
    private final AcdActions actions;
    private final LiveCalls calls;
    private final OfficeLine offices;
    private final CallRecorder recorder;
    private final ContactEventLog log;
    private final Clock clock;

    Conversation(Telephony telephony, Acd acd, AcdActions actions, LiveCalls calls, OfficeLine offices,
            CallRecorder recorder, ContactEventLog log, Clock clock) {
        this.telephony = telephony;
        this.acd = acd;
        this.actions = actions;
        this.calls = calls;
        this.offices = offices;
        this.recorder = recorder;
        this.log = log;
        this.clock = clock;
    }

    /** Runs the conversation to its end; the ACD learns how it ended. */
    void talk(LiveCall call, AgentId agent, Channel phone) {
        Channel caller = call.caller();
        call.voice().stopMusic();
        Bridge bridge = telephony.createBridge();
        Optional<Recording> recording = Optional.empty();
        Optional<Channel> officeLine = Optional.empty();
        CallEndReason reason;
        try {
            recording = recorder.start(call); // before bridging: the engine records what flows from then on
            ChannelEnds.unlessEnded(() -> bridge.add(caller));
            ChannelEnds.unlessEnded(() -> bridge.add(phone));
            while (true) {
                if (ChannelEnds.isDown(caller)) {
                    reason = CallEndReason.CALLER_HUNG_UP;
                    break;
                }
                if (ChannelEnds.isDown(phone)) {
                    reason = CallEndReason.AGENT_HUNG_UP;
                    break;
                }
                if (call.next(WAKE_UP).orElse(null) instanceof Handoff.TransferAsked(AgentId from, String target)
                        && from.equals(agent)) {
                    officeLine = transfer(call, from, phone, target);
                    if (officeLine.isPresent()) {
                        reason = CallEndReason.TRANSFERRED_OUT;
                        break;
                    }
                }
            }
        } finally {
            recorder.stop(call, recording);
            calls.detach(phone.id());
            bridge.destroy();
        }
        phone.hangup();
        CallEndReason ended = reason;
        actions.act(() -> acd.hangUp(call.contact(), ended));
        if (officeLine.isPresent()) {
            offices.connect(call, officeLine.get());
        } else {
            caller.hangup();
        }
    }

    /** The consultant's blind transfer; the office's answered line, or empty if the citizen stays. */
    private Optional<Channel> transfer(LiveCall call, AgentId agent, Channel phone, String target) {
        Optional<OfficeCode> office = officeNamed(target).filter(offices::reaches);
        if (office.isEmpty()) {
            ChannelEnds.unlessEnded(() -> phone.reportTransfer(TransferOutcome.REFUSED));
            return Optional.empty();
        }
        log.append(new CallTransferred(call.contact(), clock.instant(), agent, "office:" + office.get(), false));
        Optional<Channel> line = offices.dial(call, office.get());
        ChannelEnds.unlessEnded(() -> phone.reportTransfer(line.isPresent() ? TransferOutcome.SUCCEEDED : TransferOutcome.FAILED));
        return line;
    }

    private static Optional<OfficeCode> officeNamed(String target) {
        String name = target.startsWith("office:") ? target.substring("office:".length()) : target;
        try {
            return Optional.of(OfficeCode.of(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
