package pl.infolinia.contactcenter.callback;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.AcdCommand;
import pl.infolinia.contactcenter.queue.QueuedCall;

/**
 * The hotline's callback requests, kept in step with the ACD: a request keeps the caller's place
 * in the queue, and each dial-out's outcome is applied with the {@link CallbackPolicy}.
 *
 * <p>Use: when the caller accepts the offer, {@link #schedule}; when the ACD asks for
 * {@link AcdCommand.DialCallback}, dial the number and report {@link #dialled}.
 */
public final class Callbacks {

    private final Acd acd;
    private final CallbackPolicy policy;
    private final Clock clock;
    private final Map<ContactId, CallbackRequest> requests = new ConcurrentHashMap<>();

    public Callbacks(Acd acd, CallbackPolicy policy, Clock clock) {
        this.acd = acd;
        this.policy = policy;
        this.clock = clock;
    }

    /** Turns a queued call into a callback on {@code number}; the caller may now hang up. */
    public List<AcdCommand> schedule(ContactId contact, PhoneNumber number) {
        QueuedCall call = acd.call(contact).orElseThrow(() -> new IllegalArgumentException("contact " + contact + " is not queued"));
        requests.put(contact, CallbackRequest.of(contact, call.queue(), number, clock.instant()));
        return acd.requestCallback(contact, number.value());
    }

    /** Applies one dial-out's outcome: connected, retried later keeping the place, or given up. */
    public List<AcdCommand> dialled(ContactId contact, AgentId agent, CallbackOutcome outcome) {
        CallbackRequest request = request(contact).orElseThrow(() -> new IllegalArgumentException("no callback for " + contact));
        Optional<Duration> retry = outcome == CallbackOutcome.CONNECTED ? Optional.empty()
                : policy.retryAfter(request.attempts().size() + 1, outcome);
        requests.put(contact, request.after(new CallbackAttempt(clock.instant(), agent, outcome), retry.isPresent()));
        return outcome == CallbackOutcome.CONNECTED
                ? acd.callbackConnected(contact)
                : acd.callbackFailed(contact, outcome.name(), retry);
    }

    public Optional<CallbackRequest> request(ContactId contact) {
        return Optional.ofNullable(requests.get(contact));
    }

    /** Every request, for the supervisors' list. */
    public Collection<CallbackRequest> all() {
        return List.copyOf(requests.values());
    }
}
