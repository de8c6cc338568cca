package pl.infolinia.contactcenter.switchboard;

import pl.infolinia.contactcenter.contact.ContactId;

/**
 * A consultant asked to start, pause or resume a call's recording and the call's recording policy
 * does not allow it; nothing changed. The server answers 409 with the message.
 */
public final class RecordingRefused extends RuntimeException {

    /** Why the request was refused. */
    public enum Reason {
        /** The call is not recorded: its policy is NONE, or recording is switched off altogether. */
        NOT_RECORDED,
        /** The office does not let its consultants pause recordings. */
        PAUSE_NOT_ALLOWED,
        /** Only a call recorded on demand is started by the consultant; this one is recorded from the answer. */
        NOT_ON_DEMAND,
        /** The call is recorded on demand and the consultant has not started its recording yet. */
        NOT_STARTED
    }

    private final transient ContactId contact;
    private final Reason reason;

    RecordingRefused(ContactId contact, Reason reason) {
        super(message(contact, reason));
        this.contact = contact;
        this.reason = reason;
    }

    public ContactId contact() {
        return contact;
    }

    public Reason reason() {
        return reason;
    }

    private static String message(ContactId contact, Reason reason) {
        String call = "call " + contact.value();
        return switch (reason) {
            case NOT_RECORDED -> call + " is not recorded: its recording policy is NONE";
            case PAUSE_NOT_ALLOWED -> call + ": the office's recording policy does not allow pausing the recording";
            case NOT_ON_DEMAND -> call + " is recorded from the answer; only calls recorded on demand are started by the consultant";
            case NOT_STARTED -> call + " is recorded on demand and its recording has not been started";
        };
    }
}
