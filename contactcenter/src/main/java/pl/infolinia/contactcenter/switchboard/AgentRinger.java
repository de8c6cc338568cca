package pl.infolinia.contactcenter.switchboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.AcdCommand;
import pl.infolinia.contactcenter.queue.QueuedCall;
import pl.infolinia.telephony.CallNotAnswered;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.Telephony;

/**
 * Rings consultants' phones as the ACD asks, one virtual thread per ring, and reports back: an
 * answer to the ACD and then to the waiting call, a refusal as no-answer. A ring the ACD stopped
 * (time out, another phone answered, the caller left) is cancelled and reports nothing.
 */
final class AgentRinger {

    /** The ACD times rings out by its queue's ring timeout; this only guards against a lost stop. */
    private static final Duration DIAL_LIMIT = Duration.ofMinutes(2);

    private record Ring(ContactId contact, AgentId agent) {
    }

    private final Map<Ring, Thread> ringing = new ConcurrentHashMap<>();
    private final Telephony telephony;
    private final Acd acd;
    private final LiveCalls calls;
    private final AcdActions actions;
    private final CallbackDialler callbacks;

    AgentRinger(Telephony telephony, Acd acd, LiveCalls calls, AcdActions actions, CallbackDialler callbacks) {
        this.telephony = telephony;
        this.acd = acd;
        this.calls = calls;
        this.actions = actions;
        this.callbacks = callbacks;
    }

    void ring(AcdCommand.RingAgent command) {
        Ring ring = new Ring(command.contact(), command.agent());
        String callerId = callerId(command.contact());
        Thread thread = Thread.ofVirtual().name("ring-" + command.agent()).unstarted(() -> dial(ring, callerId));
        ringing.put(ring, thread);
        thread.start();
    }

    void stop(ContactId contact, AgentId agent) {
        Thread thread = ringing.remove(new Ring(contact, agent));
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void dial(Ring ring, String callerId) {
        Thread self = Thread.currentThread();
        Channel phone;
        try {
            phone = telephony.dial(ring.agent().value(), callerId, DIAL_LIMIT);
        } catch (CallNotAnswered e) {
            if (ringing.remove(ring, self)) {
                actions.act(() -> acd.noAnswer(ring.contact(), ring.agent()));
            }
            return;
        }
        if (!ringing.remove(ring, self)) {
            Thread.interrupted();
            phone.hangup();
            return;
        }
        answered(ring, phone);
    }

    private void answered(Ring ring, Channel phone) {
        List<AcdCommand> next;
        try {
            next = acd.answer(ring.contact(), ring.agent());
        } catch (RuntimeException gone) {
            phone.hangup(); // the caller left or the call went elsewhere while the phone was answering
            return;
        }
        Optional<AcdCommand.DialCallback> callback = next.stream()
                .filter(AcdCommand.DialCallback.class::isInstance).map(AcdCommand.DialCallback.class::cast).findFirst();
        actions.execute(next.stream().filter(c -> !(c instanceof AcdCommand.DialCallback)).toList());
        if (callback.isPresent()) {
            callbacks.dial(callback.get(), phone);
        } else if (!calls.answeredBy(ring.contact(), ring.agent(), phone)) {
            phone.hangup();
            actions.act(() -> acd.hangUp(ring.contact(), CallEndReason.CALLER_HUNG_UP));
        }
    }

    private String callerId(ContactId contact) {
        return calls.find(contact).map(call -> call.caller().caller())
                .or(() -> acd.call(contact).flatMap(QueuedCall::callbackNumber))
                .orElse("anonymous");
    }
}
