package pl.infolinia.server.supervisor;

/** How a wallboard figure stands against its office's thresholds; shown in colour and in words. */
public enum Level {
    NORMAL,
    AMBER,
    RED;

    /** The level of a figure that is worse the higher it is. */
    static Level rising(double value, double amber, double red) {
        return value >= red ? RED : value >= amber ? AMBER : NORMAL;
    }

    /** The level of a figure that is worse the lower it is (service level). */
    static Level falling(double value, double amber, double red) {
        return value <= red ? RED : value <= amber ? AMBER : NORMAL;
    }

    /** The CSS class, e.g. {@code level-red}. */
    public String css() {
        return "level-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
