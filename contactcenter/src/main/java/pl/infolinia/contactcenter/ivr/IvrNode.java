package pl.infolinia.contactcenter.ivr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;

/**
 * One step of an IVR flow, named by its id in the flow file.
 *
 * <p>Nodes that wait for a key ({@link Menu}, {@link CollectDigits}, {@link OfferCallback}) may
 * sit in a loop; a loop of the others would spin without the caller and is rejected when the
 * flow is loaded. The last five variants end the flow.
 */
public sealed interface IvrNode {

    String id();

    /** The nodes this one can lead to, with the field that names each, for validation. */
    List<Link> links();

    /** Whether the node waits for the caller's keys. */
    default boolean waitsForInput() {
        return false;
    }

    /** A field of a node that names another node, e.g. {@code options.1 → temat-dokumenty}. */
    record Link(String field, String target) {
    }

    /**
     * Plays a prompt, then goes on. A {@code recordingNotice} tells the caller that the call may be
     * recorded; a caller must pass one before a queue whose calls may be recorded.
     */
    record Play(String id, String prompt, String next, boolean recordingNotice) implements IvrNode {

        /** The recording notice Infolinia ships: a play of it is a notice unless the flow says otherwise. */
        public static final String SHIPPED_NOTICE = "nagrywanie-rodo";

        /** A play that is a recording notice only if it plays {@link #SHIPPED_NOTICE}. */
        public Play(String id, String prompt, String next) {
            this(id, prompt, next, SHIPPED_NOTICE.equals(prompt));
        }

        @Override
        public List<Link> links() {
            return List.of(new Link("next", next));
        }
    }

    /**
     * Plays a prompt and waits for one key. A key without an option plays {@code invalid}, no key
     * within {@code timeout} plays {@code noInput}; either way the menu is offered again, at most
     * {@code repeats} more times, and then the flow goes to {@code failure}.
     */
    record Menu(String id, String prompt, SortedMap<Character, String> options, Duration timeout, int repeats,
            Optional<String> invalid, Optional<String> noInput, String failure) implements IvrNode {

        public Menu {
            options = new TreeMap<>(options);
        }

        @Override
        public List<Link> links() {
            List<Link> links = new ArrayList<>();
            options.forEach((digit, target) -> links.add(new Link("options." + digit, target)));
            links.add(new Link("failure", failure));
            return links;
        }

        @Override
        public boolean waitsForInput() {
            return true;
        }
    }

    /** Plays a prompt and reads up to {@code maxDigits} keys ended by '#', kept as {@code variable}. */
    record CollectDigits(String id, String prompt, int maxDigits, Duration timeout, String variable, String next)
            implements IvrNode {
        @Override
        public List<Link> links() {
            return List.of(new Link("next", next));
        }

        @Override
        public boolean waitsForInput() {
            return true;
        }
    }

    /** Goes to {@code open} or {@code closed} as the named calendar says at this moment. */
    record HoursCheck(String id, String calendar, String open, String closed) implements IvrNode {
        @Override
        public List<Link> links() {
            return List.of(new Link("open", open), new Link("closed", closed));
        }
    }

    /** Sets the contact's topic, for reports and the consultant's article suggestions. */
    record SetTopic(String id, String topic, String next) implements IvrNode {
        @Override
        public List<Link> links() {
            return List.of(new Link("next", next));
        }
    }

    /** Hands the call to the ACD: the flow ends with the call queued. */
    record ToQueue(String id, QueueCode queue, int priority) implements IvrNode {
        @Override
        public List<Link> links() {
            return List.of();
        }
    }

    /** Transfers the call to an office's own number: the flow ends. */
    record ToOffice(String id, OfficeCode office) implements IvrNode {
        @Override
        public List<Link> links() {
            return List.of();
        }
    }

    /**
     * Offers a callback: {@code accept} (usually '1') within the timeout ends the flow with a
     * callback request in {@code queue}; anything else goes to {@code declined}.
     */
    record OfferCallback(String id, String prompt, QueueCode queue, char accept, Duration timeout, String declined)
            implements IvrNode {
        @Override
        public List<Link> links() {
            return List.of(new Link("declined", declined));
        }

        @Override
        public boolean waitsForInput() {
            return true;
        }
    }

    /** Plays a prompt, records the caller's message for {@code office} (if named), and ends the call. */
    record LeaveMessage(String id, String prompt, Optional<OfficeCode> office, Duration maxLength) implements IvrNode {
        @Override
        public List<Link> links() {
            return List.of();
        }
    }

    /** Plays an optional goodbye and ends the call. */
    record HangUp(String id, Optional<String> prompt) implements IvrNode {
        @Override
        public List<Link> links() {
            return List.of();
        }
    }
}
