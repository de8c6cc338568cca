package pl.infolinia.contactcenter.queue;

import java.util.Objects;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;

/** Where a call goes when it has waited its queue's maximum. */
public sealed interface OverflowTarget {

    /** How events and configuration name it: {@code queue:inne}, {@code office:ZUS}, {@code callback}, {@code message}. */
    String describe();

    /** Another queue; the ACD moves the call itself, keeping its order of arrival. */
    record AnotherQueue(QueueCode queue) implements OverflowTarget {
        public AnotherQueue {
            Objects.requireNonNull(queue, "queue");
        }

        @Override
        public String describe() {
            return "queue:" + queue;
        }
    }

    /** An office's own number, dialled by the telephony side. */
    record Office(OfficeCode office) implements OverflowTarget {
        public Office {
            Objects.requireNonNull(office, "office");
        }

        @Override
        public String describe() {
            return "office:" + office;
        }
    }

    /** Offer the caller a callback instead of waiting longer. */
    record Callback() implements OverflowTarget {
        @Override
        public String describe() {
            return "callback";
        }
    }

    /** Let the caller leave a message for the office. */
    record Message() implements OverflowTarget {
        @Override
        public String describe() {
            return "message";
        }
    }
}
