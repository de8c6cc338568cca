package pl.infolinia.knowledge.analytics;

import java.util.Locale;

/** The form in which queries are counted: lower case, single spaces, at most 200 characters. */
public final class QueryText {

    /** Longest query kept; longer ones are cut, as nobody asks a question that long on the phone. */
    public static final int MAX = 200;

    private QueryText() {
    }

    public static String normalised(String query) {
        String text = query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return text.length() > MAX ? text.substring(0, MAX) : text;
    }
}
