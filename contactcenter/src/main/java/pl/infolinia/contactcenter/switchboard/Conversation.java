package pl.infolinia.contactcenter.switchboard;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.CallHeld;
import pl.infolinia.contactcenter.contact.CallResumed;
import pl.infolinia.contactcenter.contact.CallTransferred;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.prompt.CallPrompts;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.telephony.Bridge;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.Recording;
import pl.infolinia.telephony.Telephony;
import pl.infolinia.telephony.TransferOutcome;

/**
 * A citizen and the consultant whose phone answered, bridged (and recorded as the call's recording
 * policy says) until one of them hangs up or the consultant sends the citizen on: to another
 * queue, or to an office.
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
    private final RecordingRules rules;
    private final ContactEventLog log;
    private final Clock clock;

    Conversation(Telephony telephony, Acd acd, AcdActions actions, LiveCalls calls, OfficeLine offices,
            CallRecorder recorder, RecordingRules rules, ContactEventLog log, Clock clock) {
        this.telephony = telephony;
        this.acd = acd;
        this.actions = actions;
        this.calls = calls;
        this.offices = offices;
        this.recorder = recorder;
        this.rules = rules;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Runs the conversation to its end; the ACD learns how it ended.
     *
     * @param mayRequeue whether the consultant may send the caller to another queue (not on a
     *                   callback, which has no one to wait with the caller)
     * @return true if the caller was sent to another queue and waits there, still connected
     */
    boolean talk(LiveCall call, AgentId agent, Channel phone, boolean mayRequeue) {
        Channel caller = call.caller();
        call.voice().stopMusic();
        Bridge bridge = telephony.createBridge();
        Optional<Recording> recording = Optional.empty();
        Talk talk = new Talk(call, agent, phone, bridge, mayRequeue);
        try {
            recording = recorder.answered(call, rules.forAnswered(call)); // before bridging: the engine records what flows from then on
            ChannelEnds.unlessEnded(() -> bridge.add(caller));
            ChannelEnds.unlessEnded(() -> bridge.add(phone));
            call.startTalking(new LiveCall.Talking(bridge, agent, phone, recording));
            talk.untilItEnds();
        } finally {
            call.stopTalking();
            recorder.finished(call);
            calls.detach(phone.id());
            bridge.destroy();
        }
        phone.hangup();
        if (talk.requeue.isPresent()) {
            actions.act(() -> acd.transfer(call.contact(), talk.requeue.get()));
            return true;
        }
        if (talk.colleague.isPresent()) {
            actions.act(() -> acd.transferToAgent(call.contact(), talk.colleague.get()));
            return true;
        }
        actions.act(() -> acd.hangUp(call.contact(), talk.reason));
        if (talk.officeLine.isPresent()) {
            offices.connect(call, talk.officeLine.get());
        } else {
            caller.hangup();
        }
        return false;
    }

    /** One conversation's course: hang-ups, and the consultant's transfers, blind or attended. */
    private final class Talk {

        private final LiveCall call;
        private final AgentId agent;
        private final Channel phone;
        private final Bridge bridge;
        private final boolean mayRequeue;
        private Optional<OfficeConsultation> consultation = Optional.empty();
        private Optional<Channel> officeLine = Optional.empty();
        private Optional<QueueCode> requeue = Optional.empty();
        private Optional<AgentId> colleague = Optional.empty();
        private CallEndReason reason;
        private boolean onHold;

        Talk(LiveCall call, AgentId agent, Channel phone, Bridge bridge, boolean mayRequeue) {
            this.call = call;
            this.agent = agent;
            this.phone = phone;
            this.bridge = bridge;
            this.mayRequeue = mayRequeue;
        }

        void untilItEnds() {
            while (reason == null && requeue.isEmpty() && colleague.isEmpty()) {
                if (ChannelEnds.isDown(call.caller())) {
                    consultation.ifPresent(OfficeConsultation::cancel);
                    consult(Optional.empty());
                    reason = CallEndReason.CALLER_HUNG_UP;
                } else if (ChannelEnds.isDown(phone)) {
                    // a consultant who hangs up while consulting hands the citizen over, as on a PBX
                    consultation.filter(c -> !c.officeHungUp()).ifPresentOrElse(c -> handOver(),
                            () -> reason = CallEndReason.AGENT_HUNG_UP);
                } else if (consultation.filter(OfficeConsultation::officeHungUp).isPresent()) {
                    takeBack();
                } else {
                    call.next(WAKE_UP).ifPresent(this::handle);
                }
            }
            if (onHold) {
                call.voice().stopMusic();
            }
        }

        private void handle(Handoff handoff) {
            if (onHold && (handoff instanceof Handoff.TransferAsked || handoff instanceof Handoff.ConsultAsked)) {
                holdOrResume(false); // a transfer that fails leaves the citizen talking, not on hold
            }
            switch (handoff) {
                case Handoff.TransferAsked(AgentId from, String target, boolean byPhone) when from.equals(agent)
                        && consultation.isEmpty() -> {
                    Optional<QueueCode> queue = queueNamed(target).filter(acd::hasQueue);
                    Optional<AgentId> named = colleagueNamed(target).filter(acd::hasAgent).filter(a -> !a.equals(agent));
                    if (target.startsWith(COLLEAGUE)) {
                        if (named.isPresent() && mayRequeue) {
                            log.append(new CallTransferred(call.contact(), clock.instant(), agent, target, false));
                            colleague = named;
                        }
                        report(byPhone, colleague.isPresent() ? TransferOutcome.SUCCEEDED : TransferOutcome.REFUSED);
                    } else if (queue.isPresent() && mayRequeue) {
                        log.append(new CallTransferred(call.contact(), clock.instant(), agent, "queue:" + queue.get(),
                                false));
                        report(byPhone, TransferOutcome.SUCCEEDED);
                        requeue = queue;
                    } else {
                        officeLine = transfer(target, byPhone);
                        officeLine.ifPresent(line -> reason = CallEndReason.TRANSFERRED_OUT);
                    }
                }
                case Handoff.ConsultAsked(AgentId from, String target) when from.equals(agent)
                        && consultation.isEmpty() -> officeNamed(target).filter(offices::reaches)
                        .ifPresent(this::consult);
                case Handoff.ConsultCompleted(AgentId from) when from.equals(agent) && consultation.isPresent() ->
                        handOver();
                case Handoff.ConsultCancelled(AgentId from) when from.equals(agent) && consultation.isPresent() ->
                        takeBack();
                case Handoff.HoldAsked(AgentId from, boolean hold) when from.equals(agent) && consultation.isEmpty()
                        && hold != onHold -> holdOrResume(hold);
                case Handoff.HangUpAsked(AgentId from) when from.equals(agent) -> {
                    consultation.ifPresent(OfficeConsultation::cancel);
                    consult(Optional.empty());
                    reason = CallEndReason.AGENT_HUNG_UP;
                }
                default -> {
                    // a hang-up wakes the loop; requests from others or out of turn are ignored
                }
            }
        }

        /** On hold the citizen leaves the bridge and hears music; back, they hear the consultant again. */
        private void holdOrResume(boolean hold) {
            Channel caller = call.caller();
            if (hold) {
                ChannelEnds.unlessEnded(() -> bridge.remove(caller));
                call.voice().startMusic(CallPrompts.MUSIC_ON_HOLD);
                log.append(new CallHeld(call.contact(), clock.instant(), agent));
            } else {
                call.voice().stopMusic();
                ChannelEnds.unlessEnded(() -> bridge.add(caller));
                log.append(new CallResumed(call.contact(), clock.instant(), agent));
            }
            onHold = hold;
        }

        /** The consultant's blind transfer to an office; its answered line, or empty if the citizen stays. */
        private Optional<Channel> transfer(String target, boolean byPhone) {
            Optional<OfficeCode> office = officeNamed(target).filter(offices::reaches);
            if (office.isEmpty()) {
                report(byPhone, TransferOutcome.REFUSED);
                return Optional.empty();
            }
            log.append(new CallTransferred(call.contact(), clock.instant(), agent, "office:" + office.get(), false));
            Optional<Channel> line = offices.dial(call, office.get());
            report(byPhone, line.isPresent() ? TransferOutcome.SUCCEEDED : TransferOutcome.FAILED);
            return line;
        }

        /** Tells the phone how the transfer it asked for (REFER) ended; a transfer asked in Infolinia has no one to tell. */
        private void report(boolean byPhone, TransferOutcome outcome) {
            if (byPhone) {
                ChannelEnds.unlessEnded(() -> phone.reportTransfer(outcome));
            }
        }

        private void handOver() {
            OfficeConsultation consulted = consultation.orElseThrow();
            log.append(new CallTransferred(call.contact(), clock.instant(), agent, "office:" + consulted.office(), true));
            officeLine = Optional.of(consulted.handOver());
            consult(Optional.empty());
            reason = CallEndReason.TRANSFERRED_OUT;
        }

        /**
         * The citizen waits on hold while the consultant calls the office; the switchboard knows
         * the consultation from the moment the office's line rings, and the hold is logged like any other.
         */
        private void consult(OfficeCode office) {
            call.consulting(Optional.of(office));
            log.append(new CallHeld(call.contact(), clock.instant(), agent));
            consult(OfficeConsultation.start(call, bridge, offices, office));
            if (consultation.isEmpty()) {
                log.append(new CallResumed(call.contact(), clock.instant(), agent)); // the office did not answer
            }
        }

        /** The office hung up or the consultant went back: the citizen talks with the consultant again. */
        private void takeBack() {
            consultation.orElseThrow().cancel();
            consult(Optional.empty());
            log.append(new CallResumed(call.contact(), clock.instant(), agent));
        }

        private void consult(Optional<OfficeConsultation> now) {
            consultation = now;
            call.consulting(now.map(OfficeConsultation::office));
        }
    }

    /** A transfer target naming a colleague on the floor, e.g. {@code agent:agent2}. */
    static final String COLLEAGUE = "agent:";

    private static Optional<AgentId> colleagueNamed(String target) {
        if (!target.startsWith(COLLEAGUE) || target.length() == COLLEAGUE.length()) {
            return Optional.empty();
        }
        return Optional.of(AgentId.of(target.substring(COLLEAGUE.length())));
    }

    private static Optional<QueueCode> queueNamed(String target) {
        String name = target.startsWith("queue:") ? target.substring("queue:".length()) : target;
        try {
            return Optional.of(QueueCode.of(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
