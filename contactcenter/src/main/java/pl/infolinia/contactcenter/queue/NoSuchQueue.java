package pl.infolinia.contactcenter.queue;

/** No queue with the code the ACD was asked about. */
public final class NoSuchQueue extends IllegalArgumentException {

    public NoSuchQueue(String message) {
        super(message);
    }
}
