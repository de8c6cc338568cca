package pl.infolinia.contactcenter.queue;

/** No agent with the id the ACD was asked about. */
public final class NoSuchAgent extends IllegalArgumentException {

    public NoSuchAgent(String message) {
        super(message);
    }
}
