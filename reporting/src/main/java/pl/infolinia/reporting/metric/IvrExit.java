package pl.infolinia.reporting.metric;

/**
 * How many callers left the IVR at one menu node and how: the node is the last one where they
 * made a choice ({@link #MENU_START} when they made none).
 */
public record IvrExit(String node, How how, int callers) {

    public static final String MENU_START = "(start)";

    /** Where a caller went from the IVR. */
    public enum How {
        REACHED_QUEUE,
        SENT_TO_OFFICE,
        HUNG_UP,
        ENDED_BY_FLOW,
        STILL_IN_IVR,
        OTHER
    }
}
