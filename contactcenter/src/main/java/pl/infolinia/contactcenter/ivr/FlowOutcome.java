package pl.infolinia.contactcenter.ivr;

import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;

/** How an IVR flow ended, and so what the caller of the interpreter must do next. */
public sealed interface FlowOutcome {

    /** Put the call in this queue with the ACD's {@code enqueue}, which stores {@code CallQueued}. */
    record Queued(QueueCode queue, int priority) implements FlowOutcome {
    }

    /** Transfer the call to the office's configured destination; the transfer event is stored. */
    record SentToOffice(OfficeCode office) implements FlowOutcome {
    }

    /**
     * The caller asked to be called back on {@code number} in this queue's turn: enqueue the call,
     * then schedule the callback (which keeps its place); the caller may hang up.
     */
    record CallbackRequested(QueueCode queue, String number) implements FlowOutcome {
    }

    /** The caller left a message, stored at {@code recording}; the call has ended. */
    record MessageLeft(Optional<OfficeCode> office, String recording) implements FlowOutcome {
    }

    /** The flow ended the call, e.g. with the closed message. */
    record HungUp() implements FlowOutcome {
    }

    /** The caller hung up at this node. */
    record CallerHungUp(String node) implements FlowOutcome {
    }
}
