package pl.infolinia.server.reportmail;

/** A subscription that cannot be saved, naming the field: answered 400, nothing stored. */
public class InvalidSubscription extends RuntimeException {

    private final String field;

    InvalidSubscription(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
