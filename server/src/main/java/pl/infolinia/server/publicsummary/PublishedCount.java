package pl.infolinia.server.publicsummary;

/**
 * A count as it may be published: below {@value #THRESHOLD} it shows as "&lt;5", so that a month
 * or topic with a handful of calls cannot point at the people who made them.
 */
public record PublishedCount(int value) {

    public static final int THRESHOLD = 5;

    public boolean suppressed() {
        return value < THRESHOLD;
    }

    public String text() {
        return suppressed() ? "<" + THRESHOLD : Integer.toString(value);
    }

    /**
     * {@code part} of this count as a whole percent, or "—" when this count is suppressed (a share
     * of a handful would give the handful away).
     */
    public String percent(int part) {
        if (suppressed() || value == 0) {
            return "—";
        }
        return Long.toString(Math.round(100.0 * part / value)) + " %";
    }
}
