package pl.infolinia.knowledge.readability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editable list of officialese phrases that editors want replaced by everyday words.
 *
 * <p>Text format, one phrase a line: {@code phrase => plainer wording}, the part after
 * {@code =>} optional, {@code #} starting a comment. A phrase matches at word boundaries, in any
 * letter case; a phrase ending in {@code *} matches any ending ("wnioskodawc*" finds
 * "wnioskodawcy" and "wnioskodawcą").
 *
 * @param entries the phrases with their plainer wording
 */
public record OfficialeseList(List<Entry> entries) {

    /** One listed phrase. */
    public record Entry(String phrase, String plainer) {
    }

    public OfficialeseList {
        entries = List.copyOf(entries);
    }

    /** The list that ships with the module, for a start without an editors' list. */
    public static OfficialeseList standard() {
        try (InputStream in = OfficialeseList.class.getResourceAsStream("/readability/officialese.txt")) {
            if (in == null) {
                throw new IllegalStateException("the officialese list is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the text format. */
    public static OfficialeseList parse(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String line : text.split("\\R")) {
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            int arrow = content.indexOf("=>");
            String phrase = (arrow >= 0 ? content.substring(0, arrow) : content).strip();
            String plainer = arrow >= 0 ? content.substring(arrow + 2).strip() : "";
            if (!phrase.isEmpty()) {
                entries.add(new Entry(phrase, plainer));
            }
        }
        return new OfficialeseList(entries);
    }

    /** Every listed phrase found in the text, in order of position. */
    public List<OfficialesePhrase> find(String text) {
        List<OfficialesePhrase> found = new ArrayList<>();
        for (Entry entry : entries) {
            Matcher m = pattern(entry.phrase()).matcher(text);
            while (m.find()) {
                found.add(new OfficialesePhrase(entry.phrase(), entry.plainer(), m.start()));
            }
        }
        found.sort(Comparator.comparingInt(OfficialesePhrase::start));
        return found;
    }

    private static Pattern pattern(String phrase) {
        boolean open = phrase.endsWith("*");
        String words = open ? phrase.substring(0, phrase.length() - 1) : phrase;
        String body = Pattern.quote(words.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q");
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + body + (open ? "\\p{L}*" : "") + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
