package pl.infolinia.contactcenter.queue;

import java.util.Comparator;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The calls of one queue that are not connected yet, waiting or ringing, in the order they are
 * served: higher priority first, then first come.
 */
final class QueueLine {

    static final Comparator<WaitingCall> ORDER =
            Comparator.comparingInt((WaitingCall c) -> -c.priority).thenComparingLong(c -> c.order);

    private final NavigableSet<WaitingCall> calls = new TreeSet<>(ORDER);

    /** Idempotent: a call already in line keeps its place. */
    void add(WaitingCall call) {
        calls.add(call);
    }

    /** Idempotent: removing a call not in line changes nothing. */
    void remove(WaitingCall call) {
        calls.remove(call);
    }

    /** The call served next after {@code call}, or the first one for null; null past the end. */
    WaitingCall after(WaitingCall call) {
        if (call == null) {
            return calls.isEmpty() ? null : calls.first();
        }
        return calls.higher(call);
    }

    /** The call's place, 1 being next, counting ringing calls ahead of it too. */
    int placeOf(WaitingCall call) {
        return calls.headSet(call, false).size() + 1;
    }

    Iterable<WaitingCall> calls() {
        return calls;
    }
}
