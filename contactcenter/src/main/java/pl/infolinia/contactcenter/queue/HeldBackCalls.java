package pl.infolinia.contactcenter.queue;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Calls in line that may not be offered yet (a failed callback's retry delay), earliest first,
 * so that their queue is looked at again when their time comes although nothing else changed.
 */
final class HeldBackCalls {

    private record HeldBack(Instant until, WaitingCall call) {
    }

    private final PriorityQueue<HeldBack> byTime = new PriorityQueue<>(Comparator.comparing(HeldBack::until));
    private final Set<WaitingCall> held = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Idempotent while the call is remembered. */
    void remember(WaitingCall call) {
        if (held.add(call)) {
            byTime.add(new HeldBack(call.eligibleFrom, call));
        }
    }

    /** Hands over and forgets every call whose time has come; it may have left the ACD meanwhile. */
    void release(Instant now, Consumer<WaitingCall> due) {
        while (!byTime.isEmpty() && !byTime.peek().until().isAfter(now)) {
            WaitingCall call = byTime.poll().call();
            held.remove(call);
            due.accept(call);
        }
    }
}
