package pl.infolinia.contactcenter.ivr;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.calendar.OfficeCalendar;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.CallEnded;
import pl.infolinia.contactcenter.contact.CallTransferred;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.contact.IvrChoiceMade;
import pl.infolinia.contactcenter.contact.MessageLeft;
import pl.infolinia.contactcenter.contact.TopicChosen;

/**
 * Walks a caller through an {@link IvrFlow}, node by node, in plain blocking code.
 *
 * <p>Run it on the call's own virtual thread. Choices, topics, transfers, messages and the end
 * of the call are appended to the {@link ContactEventLog} before the flow acts on them; queueing
 * and callbacks are left to the ACD, which stores its own events. One interpreter serves any
 * number of calls at once; a changed flow takes a new interpreter, used by new calls only.
 */
public final class IvrInterpreter {

    /** More steps than any sensible flow takes: a caller who keeps looping through menus is let go. */
    static final int MAX_STEPS = 500;

    private final IvrFlow flow;
    private final Map<String, OfficeCalendar> calendars;
    private final Clock clock;
    private final ContactEventLog log;

    public IvrInterpreter(IvrFlow flow, Map<String, OfficeCalendar> calendars, Clock clock, ContactEventLog log) {
        this.flow = Objects.requireNonNull(flow, "flow");
        this.calendars = Map.copyOf(calendars);
        for (IvrNode node : flow.nodes().values()) {
            if (node instanceof IvrNode.HoursCheck hours && !calendars.containsKey(hours.calendar())) {
                throw new IllegalArgumentException("flow " + flow.name() + " needs calendar " + hours.calendar());
            }
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Runs the flow for one call until it ends in a queue, a transfer, a callback, a message or a
     * hang-up. The caller is expected to have been answered and its arrival stored.
     */
    public FlowResult run(ContactId contact, Caller caller) {
        Run run = new Run(contact, caller);
        String current = flow.start();
        for (int step = 0; step < MAX_STEPS; step++) {
            if (!caller.isConnected()) {
                return run.result(run.end(new FlowOutcome.CallerHungUp(current), CallEndReason.CALLER_HUNG_UP));
            }
            run.path.add(current);
            Step next = run.execute(flow.node(current));
            if (next instanceof Step.End(FlowOutcome outcome)) {
                return run.result(outcome);
            }
            current = ((Step.GoTo) next).node();
        }
        return run.result(run.end(new FlowOutcome.HungUp(), CallEndReason.FLOW_HUNG_UP));
    }

    /** What a node leads to: another node, or the end of the flow. */
    sealed interface Step {
        record GoTo(String node) implements Step {
        }

        record End(FlowOutcome outcome) implements Step {
        }
    }

    /** One call's walk through the flow. */
    private final class Run {

        private final ContactId contact;
        private final Caller caller;
        private final List<String> path = new ArrayList<>();
        private final Map<String, String> collected = new HashMap<>();
        private Optional<String> topic = Optional.empty();

        Run(ContactId contact, Caller caller) {
            this.contact = contact;
            this.caller = caller;
        }

        Step execute(IvrNode node) {
            return switch (node) {
                case IvrNode.Play play -> {
                    caller.play(play.prompt());
                    yield new Step.GoTo(play.next());
                }
                case IvrNode.Menu menu -> new Step.GoTo(new MenuStep(menu, caller, this::choiceMade).run());
                case IvrNode.CollectDigits collect -> {
                    String digits = new DigitCollector(collect, caller).run();
                    collected.put(collect.variable(), digits);
                    choiceMade(collect.id(), digits);
                    yield new Step.GoTo(collect.next());
                }
                case IvrNode.HoursCheck hours -> new Step.GoTo(
                        calendars.get(hours.calendar()).isOpen(clock.instant()) ? hours.open() : hours.closed());
                case IvrNode.SetTopic set -> {
                    log.append(new TopicChosen(contact, clock.instant(), set.topic()));
                    topic = Optional.of(set.topic());
                    yield new Step.GoTo(set.next());
                }
                case IvrNode.ToQueue queue -> new Step.End(new FlowOutcome.Queued(queue.queue(), queue.priority()));
                case IvrNode.ToOffice office -> {
                    log.append(new CallTransferred(contact, clock.instant(), null, "office:" + office.office(), false));
                    yield new Step.End(new FlowOutcome.SentToOffice(office.office()));
                }
                case IvrNode.OfferCallback offer -> offerCallback(offer);
                case IvrNode.LeaveMessage message -> leaveMessage(message);
                case IvrNode.HangUp hangUp -> {
                    hangUp.prompt().ifPresent(caller::play);
                    yield new Step.End(end(new FlowOutcome.HungUp(), CallEndReason.FLOW_HUNG_UP));
                }
            };
        }

        private Step offerCallback(IvrNode.OfferCallback offer) {
            caller.play(offer.prompt());
            Optional<Character> key = caller.readDigit(offer.timeout());
            if (key.isPresent() && key.get() == offer.accept()) {
                choiceMade(offer.id(), String.valueOf(offer.accept()));
                return new Step.End(new FlowOutcome.CallbackRequested(offer.queue(), caller.number()));
            }
            return new Step.GoTo(caller.isConnected() ? offer.declined() : offer.id());
        }

        private Step leaveMessage(IvrNode.LeaveMessage message) {
            caller.play(message.prompt());
            Optional<String> recording = caller.recordMessage(message.maxLength());
            if (recording.isEmpty()) {
                return new Step.End(end(new FlowOutcome.CallerHungUp(message.id()), CallEndReason.CALLER_HUNG_UP));
            }
            log.append(new MessageLeft(contact, clock.instant(), message.office().orElse(null), recording.get()));
            FlowOutcome left = new FlowOutcome.MessageLeft(message.office(), recording.get());
            return new Step.End(end(left, CallEndReason.FLOW_HUNG_UP));
        }

        void choiceMade(String node, String input) {
            log.append(new IvrChoiceMade(contact, clock.instant(), node, input));
        }

        /** Stores the end of the call, then hangs up if the caller is still there. */
        FlowOutcome end(FlowOutcome outcome, CallEndReason reason) {
            boolean callerLeft = !caller.isConnected();
            log.append(new CallEnded(contact, clock.instant(), callerLeft ? CallEndReason.CALLER_HUNG_UP : reason));
            caller.hangUp();
            return outcome;
        }

        FlowResult result(FlowOutcome outcome) {
            return new FlowResult(outcome, topic, path, collected);
        }
    }
}
