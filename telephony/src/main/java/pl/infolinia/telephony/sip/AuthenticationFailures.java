package pl.infolinia.telephony.sip;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed digest authentications per source address and blocks an address that keeps
 * guessing, so that SIP passwords cannot be brute-forced through the registrar.
 *
 * <p>After {@code limit} failures within the window the address is refused outright until the
 * window has passed since its last failure; a success clears its count.
 */
final class AuthenticationFailures {

    private record Count(int failures, Instant last) {
    }

    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final int limit;
    private final Duration window;
    private final Clock clock;

    AuthenticationFailures(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    void record(String address) {
        Instant now = clock.instant();
        counts.merge(address, new Count(1, now), (old, one) ->
                expired(old, now) ? one : new Count(old.failures() + 1, now));
    }

    boolean blocked(String address) {
        Count count = counts.get(address);
        if (count == null) {
            return false;
        }
        if (expired(count, clock.instant())) {
            counts.remove(address, count);
            return false;
        }
        return count.failures() >= limit;
    }

    void clear(String address) {
        counts.remove(address);
    }

    private boolean expired(Count count, Instant now) {
        return count.last().plus(window).isBefore(now);
    }
}
