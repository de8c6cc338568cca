package pl.infolinia.contactcenter.switchboard;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.calendar.OfficeCalendar;
import pl.infolinia.contactcenter.contact.CallArrived;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.CallEnded;
import pl.infolinia.contactcenter.contact.CallTransferred;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.MessageLeft;
import pl.infolinia.contactcenter.hotline.FlowLibrary;
import pl.infolinia.contactcenter.hotline.FlowVersion;
import pl.infolinia.contactcenter.hotline.Hotline;
import pl.infolinia.contactcenter.hotline.HotlineDirectory;
import pl.infolinia.contactcenter.ivr.FlowOutcome;
import pl.infolinia.contactcenter.ivr.FlowResult;
import pl.infolinia.contactcenter.ivr.IvrInterpreter;
import pl.infolinia.contactcenter.prompt.CallPrompts;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.OverflowTarget;
import pl.infolinia.contactcenter.transfer.Fallback;
import pl.infolinia.telephony.CallScript;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.InvalidChannelState;

/**
 * A citizen's call from the moment it arrives: the hotline's current flow, then the queue and a
 * consultant, an office's line, a callback or a message, as the flow and the ACD decide.
 */
final class IncomingCalls implements CallScript {

    private static final System.Logger LOG = System.getLogger(IncomingCalls.class.getName());
    private static final Duration CALLBACK_CHOICE = Duration.ofSeconds(8);
    private static final Duration MESSAGE_LENGTH = Duration.ofMinutes(3);

    private final HotlineDirectory hotlines;
    private final FlowLibrary flows;
    private final Map<String, OfficeCalendar> calendars;
    private final Acd acd;
    private final AcdActions actions;
    private final LiveCalls calls;
    private final CallerVoices voices;
    private final WaitingRoom waitingRoom;
    private final Conversation conversation;
    private final OfficeLine offices;
    private final CallbackDialler callbacks;
    private final ContactEventLog log;
    private final Clock clock;

    IncomingCalls(HotlineDirectory hotlines, FlowLibrary flows, Map<String, OfficeCalendar> calendars, Acd acd,
            AcdActions actions, LiveCalls calls, CallerVoices voices, WaitingRoom waitingRoom,
            Conversation conversation, OfficeLine offices, CallbackDialler callbacks, ContactEventLog log, Clock clock) {
        this.hotlines = hotlines;
        this.flows = flows;
        this.calendars = Map.copyOf(calendars);
        this.acd = acd;
        this.actions = actions;
        this.calls = calls;
        this.voices = voices;
        this.waitingRoom = waitingRoom;
        this.conversation = conversation;
        this.offices = offices;
        this.callbacks = callbacks;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void run(Channel channel) {
        Optional<Hotline> hotline = hotlines.find(channel.called());
        Optional<FlowVersion> flow = hotline.flatMap(h -> flows.current(h.flow()));
        if (hotline.isEmpty() || flow.isEmpty()) {
            channel.hangup(); // not a number Infolinia answers
            return;
        }
        ContactId contact = ContactId.random();
        log.append(new CallArrived(contact, clock.instant(), channel.caller(), hotline.get().number()));
        try {
            channel.answer();
        } catch (InvalidChannelState e) {
            log.append(new CallEnded(contact, clock.instant(), CallEndReason.CALLER_HUNG_UP)); // gave up while ringing
            return;
        }
        LiveCall call = new LiveCall(contact, channel, hotline.get().office(),
                voices.of(channel, contact, hotline.get().office()));
        calls.add(call);
        try {
            FlowResult result = new IvrInterpreter(flow.get().flow(), calendars, clock, log).run(contact, call.voice());
            switch (result.outcome()) {
                case FlowOutcome.Queued queued -> queue(call, queued.queue(), queued.priority());
                case FlowOutcome.SentToOffice sent -> sendToOffice(call, sent.office());
                case FlowOutcome.CallbackRequested callback -> {
                    if (!callbacks.request(call, callback.queue(), hotline.get().number())) {
                        queue(call, callback.queue(), 0);
                    }
                }
                default -> {
                    // the flow ended the call itself and stored how
                }
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "call " + contact + " failed", e);
            if (acd.call(contact).isPresent()) {
                actions.act(() -> acd.hangUp(contact, CallEndReason.FAILED)); // a queue must not keep a dead call
            }
            channel.hangup();
        } finally {
            calls.remove(call);
            for (Handoff late : call.close()) {
                if (late instanceof Handoff.AgentAnswered answered) {
                    answered.phone().hangup();
                }
            }
        }
    }

    private void queue(LiveCall call, QueueCode queue, int priority) {
        actions.execute(acd.enqueue(call.contact(), queue, priority));
        boolean waiting = true;
        while (waiting) {
            Handoff ended = waitingRoom.await(call);
            switch (ended) {
                // a consultant who sends the caller to another queue puts them back in the waiting room
                case Handoff.AgentAnswered answered ->
                        waiting = conversation.talk(call, answered.agent(), answered.phone(), true);
                case Handoff.Overflowed overflowed -> {
                    overflow(call, overflowed);
                    waiting = false;
                }
                case null, default -> waiting = false; // the caller hung up while waiting: stored as abandoned
            }
        }
    }

    private void overflow(LiveCall call, Handoff.Overflowed overflowed) {
        switch (overflowed.target()) {
            case OverflowTarget.Office office -> sendToOffice(call, office.office());
            case OverflowTarget.AnotherQueue another -> queue(call, another.queue(), 0);
            case OverflowTarget.Callback ignored -> {
                call.voice().play(CallPrompts.CALLBACK_OFFER);
                boolean accepted = call.voice().readDigit(CALLBACK_CHOICE).filter(key -> key == '1').isPresent()
                        && callbacks.request(call, overflowed.from(), call.caller().called());
                if (!accepted && call.voice().isConnected()) {
                    queue(call, overflowed.from(), 0);
                } else if (!accepted) {
                    log.append(new CallEnded(call.contact(), clock.instant(), CallEndReason.CALLER_HUNG_UP));
                }
            }
            case OverflowTarget.Message ignored -> leaveMessage(call, call.office());
        }
    }

    /**
     * Sends the call to an office's line; when it is busy or does not answer, the office's
     * forwarding rule says where the call goes instead: another office (each tried at most once),
     * a queue of Infolinia's consultants, or a message.
     */
    private void sendToOffice(LiveCall call, OfficeCode office) {
        Set<OfficeCode> tried = new HashSet<>();
        OfficeCode next = office;
        while (tried.add(next)) {
            OfficeLine.Attempt attempt = offices.attemptAnnounced(call, next);
            if (attempt.line().isPresent()) {
                offices.handOver(call, attempt.line().get());
                return;
            }
            if (!call.voice().isConnected()) {
                offices.giveUp(call);
                return;
            }
            switch (offices.fallback(next, attempt.problem())) {
                case Fallback.ToOffice(OfficeCode other) -> {
                    log.append(new CallTransferred(call.contact(), clock.instant(), null, "office:" + other, false));
                    next = other;
                }
                case Fallback.ToQueue(QueueCode queue) -> {
                    log.append(new CallTransferred(call.contact(), clock.instant(), null, "queue:" + queue, false));
                    queue(call, queue, 1);
                    return;
                }
                case Fallback.TakeMessage ignored -> {
                    leaveMessage(call, next);
                    return;
                }
                case Fallback.BackToSender ignored -> {
                    offices.giveUp(call);
                    return;
                }
            }
        }
        offices.giveUp(call); // the rules led back to an office already tried
    }

    /** The caller leaves a message for {@code office}. */
    private void leaveMessage(LiveCall call, OfficeCode office) {
        call.voice().play(CallPrompts.LEAVE_MESSAGE);
        Optional<String> message = call.voice().recordMessage(MESSAGE_LENGTH);
        message.ifPresent(file -> {
            log.append(new MessageLeft(call.contact(), clock.instant(), office, file));
            call.voice().play(CallPrompts.MESSAGE_SAVED);
        });
        log.append(new CallEnded(call.contact(), clock.instant(),
                message.isPresent() ? CallEndReason.FLOW_HUNG_UP : CallEndReason.CALLER_HUNG_UP));
        call.caller().hangup();
    }
}
