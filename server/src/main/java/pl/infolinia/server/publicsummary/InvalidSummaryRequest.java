package pl.infolinia.server.publicsummary;

/** A summary asked for with a bad parameter: 400 naming the field. */
class InvalidSummaryRequest extends RuntimeException {

    private final String field;

    InvalidSummaryRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
