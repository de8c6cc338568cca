package pl.infolinia.contactcenter.queue;

/** The ACD holds no call of that contact: it never came, or it has already left. */
public final class NoSuchCall extends IllegalArgumentException {

    public NoSuchCall(String message) {
        super(message);
    }
}
