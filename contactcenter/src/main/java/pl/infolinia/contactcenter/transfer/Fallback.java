package pl.infolinia.contactcenter.transfer;

import java.util.Objects;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;

/** Where a call goes when its office cannot take it. */
public sealed interface Fallback {

    /** Another office, e.g. a regional branch, tried in turn with its own rules. */
    record ToOffice(OfficeCode office) implements Fallback {
        public ToOffice {
            Objects.requireNonNull(office, "office");
        }
    }

    /** A queue of Infolinia's own consultants. */
    record ToQueue(QueueCode queue) implements Fallback {
        public ToQueue {
            Objects.requireNonNull(queue, "queue");
        }
    }

    /** Let the caller leave a message for the office. */
    record TakeMessage() implements Fallback {
    }

    /** Back to the consultant who transferred (or the IVR), who tells the caller; the default. */
    record BackToSender() implements Fallback {
    }
}
