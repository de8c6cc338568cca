package pl.infolinia.contactcenter.callback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.contact.ContactId;

/**
 * A citizen's request to be called back instead of waiting on the line: the number, the queue
 * whose turn they keep, and every attempt so far.
 */
public record CallbackRequest(ContactId contact, QueueCode queue, PhoneNumber number, Instant requestedAt,
        List<CallbackAttempt> attempts, CallbackStatus status) {

    public CallbackRequest {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(requestedAt, "requestedAt");
        attempts = List.copyOf(attempts);
        Objects.requireNonNull(status, "status");
    }

    public static CallbackRequest of(ContactId contact, QueueCode queue, PhoneNumber number, Instant at) {
        return new CallbackRequest(contact, queue, number, at, List.of(), CallbackStatus.PENDING);
    }

    /** This request after one more attempt; {@code retry} says whether another will follow. */
    public CallbackRequest after(CallbackAttempt attempt, boolean retry) {
        if (status != CallbackStatus.PENDING) {
            throw new IllegalStateException("callback of " + contact + " is already " + status);
        }
        List<CallbackAttempt> all = new ArrayList<>(attempts);
        all.add(attempt);
        CallbackStatus next = attempt.outcome() == CallbackOutcome.CONNECTED ? CallbackStatus.COMPLETED
                : retry ? CallbackStatus.PENDING : CallbackStatus.GAVE_UP;
        return new CallbackRequest(contact, queue, number, requestedAt, all, next);
    }
}
