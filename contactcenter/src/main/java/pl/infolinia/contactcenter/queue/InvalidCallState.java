package pl.infolinia.contactcenter.queue;

/** The call or agent is not in a state that allows the operation, e.g. answering a call that rings elsewhere. */
public final class InvalidCallState extends IllegalStateException {

    public InvalidCallState(String message) {
        super(message);
    }
}
