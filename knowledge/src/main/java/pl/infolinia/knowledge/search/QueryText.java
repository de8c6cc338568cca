package pl.infolinia.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query split into its quoted phrases, its prefix words ending in {@code *}, and free text.
 *
 * @param free     the words outside quotes and prefixes
 * @param phrases  the quoted phrases, without quotes
 * @param prefixes the prefix words, without the star
 */
record QueryText(String free, List<String> phrases, List<String> prefixes) {

    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern PREFIX = Pattern.compile("(\\p{L}[\\p{L}\\p{N}]*)\\*");

    static QueryText parse(String text) {
        List<String> phrases = new ArrayList<>();
        Matcher phrase = PHRASE.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (phrase.find()) {
            if (!phrase.group(1).isBlank()) {
                phrases.add(phrase.group(1).strip());
            }
            phrase.appendReplacement(rest, " ");
        }
        phrase.appendTail(rest);
        List<String> prefixes = new ArrayList<>();
        Matcher prefix = PREFIX.matcher(rest.toString());
        StringBuilder free = new StringBuilder();
        while (prefix.find()) {
            prefixes.add(prefix.group(1));
            prefix.appendReplacement(free, " ");
        }
        prefix.appendTail(free);
        return new QueryText(free.toString().replace('"', ' ').strip(), phrases, prefixes);
    }
}
