package pl.infolinia.contactcenter.switchboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.callback.CallbackOutcome;
import pl.infolinia.contactcenter.callback.Callbacks;
import pl.infolinia.contactcenter.callback.PhoneNumber;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.prompt.CallPrompts;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.AcdCommand;
import pl.infolinia.telephony.CallNotAnswered;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.Telephony;

/**
 * Callbacks: the citizen who asked to be called back keeps their place and may hang up; when
 * their turn comes and a consultant's phone has answered, the citizen is dialled (through the
 * trunk) and bridged with the consultant, or the attempt's outcome is stored for a retry.
 */
final class CallbackDialler {

    /** Where a callback came from: the office whose prompts the citizen hears, the number shown to them. */
    private record Origin(OfficeCode office, String hotline) {
    }

    private final Map<ContactId, Origin> origins = new ConcurrentHashMap<>();
    private final Telephony telephony;
    private final Acd acd;
    private final Callbacks callbacks;
    private final AcdActions actions;
    private final LiveCalls calls;
    private final Conversation conversation;
    private final CallerVoices voices;
    private final Duration answerTimeout;

    CallbackDialler(Telephony telephony, Acd acd, Callbacks callbacks, AcdActions actions, LiveCalls calls,
            Conversation conversation, CallerVoices voices, Duration answerTimeout) {
        this.telephony = telephony;
        this.acd = acd;
        this.callbacks = callbacks;
        this.actions = actions;
        this.calls = calls;
        this.conversation = conversation;
        this.voices = voices;
        this.answerTimeout = answerTimeout;
    }

    /**
     * The caller chose a callback in {@code queue}: the call is queued and marked, the caller
     * hears the confirmation and the line is closed. False if the number cannot be dialled (a
     * withheld number), when the caller should wait instead.
     */
    boolean request(LiveCall call, QueueCode queue, String hotline) {
        Optional<PhoneNumber> number = diallable(call.caller().caller());
        if (number.isEmpty()) {
            return false;
        }
        origins.put(call.contact(), new Origin(call.office(), hotline));
        List<AcdCommand> commands = new ArrayList<>(acd.enqueue(call.contact(), queue, 0));
        commands.addAll(callbacks.schedule(call.contact(), number.get()));
        actions.execute(commands);
        call.voice().play(CallPrompts.CALLBACK_CONFIRMED);
        call.caller().hangup();
        return true;
    }

    /** The consultant's phone answered the callback's turn: call the citizen and bridge them. */
    void dial(AcdCommand.DialCallback callback, Channel phone) {
        ContactId contact = callback.contact();
        Origin origin = origins.get(contact);
        Channel citizen;
        try {
            if (origin == null) {
                throw new CallNotAnswered(callback.number(), 500, "the callback's hotline is unknown");
            }
            citizen = telephony.dial(callback.number(), origin.hotline(), answerTimeout);
        } catch (CallNotAnswered e) {
            actions.act(() -> callbacks.dialled(contact, callback.agent(), outcome(e)));
            phone.hangup();
            return;
        }
        origins.remove(contact);
        actions.act(() -> callbacks.dialled(contact, callback.agent(), CallbackOutcome.CONNECTED));
        LiveCall call = new LiveCall(contact, citizen, origin.office(), voices.of(citizen, contact, origin.office()));
        calls.add(call);
        try {
            calls.attach(phone.id(), call, callback.agent());
            call.voice().play(CallPrompts.CALLBACK_GREETING);
            conversation.talk(call, callback.agent(), phone, false);
        } finally {
            calls.remove(call);
            call.close();
        }
    }

    private static CallbackOutcome outcome(CallNotAnswered e) {
        return switch (e.status()) {
            case 486, 600 -> CallbackOutcome.BUSY;
            case 408, 480, 487, 603 -> CallbackOutcome.NO_ANSWER;
            default -> CallbackOutcome.FAILED;
        };
    }

    private static Optional<PhoneNumber> diallable(String number) {
        try {
            return Optional.of(PhoneNumber.parse(number));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
