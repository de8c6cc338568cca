package pl.infolinia.contactcenter.switchboard;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.CallEnded;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.prompt.CallPrompts;
import pl.infolinia.contactcenter.transfer.DeliveryProblem;
import pl.infolinia.contactcenter.transfer.Fallback;
import pl.infolinia.telephony.Bridge;
import pl.infolinia.telephony.CallNotAnswered;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.Playback;
import pl.infolinia.telephony.Telephony;

/**
 * Sends a citizen on to an office's own line (its PBX, from the offices directory): the caller
 * hears that they are being connected, the office is dialled with the citizen's number, and the
 * two are bridged until one of them hangs up.
 */
final class OfficeLine {

    private final Telephony telephony;
    private final OfficeLines offices;
    private final OfficePrompts prompts;
    private final ContactEventLog log;
    private final Clock clock;
    private final Duration answerTimeout;

    OfficeLine(Telephony telephony, OfficeLines offices, OfficePrompts prompts, ContactEventLog log, Clock clock,
            Duration answerTimeout) {
        this.telephony = telephony;
        this.offices = offices;
        this.prompts = prompts;
        this.log = log;
        this.clock = clock;
        this.answerTimeout = answerTimeout;
    }

    boolean reaches(OfficeCode office) {
        return offices.has(office);
    }

    /**
     * Dials the office for the call while the citizen hears they are being connected; empty if
     * the office has no line or does not answer.
     */
    Optional<Channel> dial(LiveCall call, OfficeCode office) {
        return attemptAnnounced(call, office).line();
    }

    /** Dials the office for the call, the citizen hearing nothing of it (on hold during a consultation). */
    Optional<Channel> dialQuietly(LiveCall call, OfficeCode office) {
        return attempt(call, office).line();
    }

    /** How a try to reach an office ended: its answered line, or why not. */
    record Attempt(Optional<Channel> line, DeliveryProblem problem) {
    }

    private Attempt attempt(LiveCall call, OfficeCode office) {
        if (!offices.has(office)) {
            return new Attempt(Optional.empty(), DeliveryProblem.NO_ANSWER);
        }
        if (!offices.isOpen(office, clock.instant())) {
            return new Attempt(Optional.empty(), DeliveryProblem.CLOSED);
        }
        try {
            return new Attempt(Optional.of(telephony.dial(office.value(), call.caller().caller(), answerTimeout)), null);
        } catch (CallNotAnswered e) {
            boolean busy = e.status() == 486 || e.status() == 600;
            return new Attempt(Optional.empty(), busy ? DeliveryProblem.BUSY : DeliveryProblem.NO_ANSWER);
        }
    }

    /** Dials the office while the citizen hears they are being connected; the answered line, or why not. */
    Attempt attemptAnnounced(LiveCall call, OfficeCode office) {
        Optional<Playback> notice = Optional.empty();
        try {
            notice = Optional.of(call.caller().play(prompts.media(call.office(), CallPrompts.CONNECTING_TO_OFFICE)));
        } catch (RuntimeException e) {
            // connecting matters more than the notice
        }
        try {
            return attempt(call, office);
        } finally {
            notice.ifPresent(Playback::stop);
        }
    }

    /** The office's rule for a call it could not take. */
    Fallback fallback(OfficeCode office, DeliveryProblem problem) {
        return offices.fallback(office, problem);
    }

    /** The office answered a call from the IVR or an overflow: the call ends for Infolinia and goes on there. */
    void handOver(LiveCall call, Channel line) {
        log.append(new CallEnded(call.contact(), clock.instant(), CallEndReason.TRANSFERRED_OUT));
        connect(call, line);
    }

    /** No office took the call and no rule sent it elsewhere: the citizen hears so and the call ends. */
    void giveUp(LiveCall call) {
        call.voice().play(CallPrompts.CONNECTION_FAILED);
        log.append(new CallEnded(call.contact(), clock.instant(), ChannelEnds.isDown(call.caller())
                ? CallEndReason.CALLER_HUNG_UP : CallEndReason.FAILED));
        call.caller().hangup();
    }

    /** Bridges the caller with the office's answered line until either hangs up. */
    void connect(LiveCall call, Channel line) {
        Channel caller = call.caller();
        Bridge bridge = telephony.createBridge();
        try {
            ChannelEnds.unlessEnded(() -> bridge.add(caller));
            ChannelEnds.unlessEnded(() -> bridge.add(line));
            while (!ChannelEnds.isDown(caller) && !ChannelEnds.isDown(line)) {
                caller.awaitHangup(Duration.ofMillis(250));
            }
        } finally {
            caller.hangup();
            line.hangup();
            bridge.destroy();
        }
    }
}
