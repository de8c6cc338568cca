package pl.infolinia.knowledge.readability;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.BodySection;

/**
 * Scores Polish text for plain language: the FOG-PL index and the officialese it contains.
 *
 * <p>Sentences end at ., ! or ? and at list items, since a bullet reads as a sentence of its
 * own; numbers and abbreviations such as "np." do not split a sentence. Words are runs of
 * letters; numbers are not words. Thread-safe.
 */
public final class Readability {

    private static final Locale POLISH = Locale.of("pl", "PL");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    private static final Pattern MARKDOWN = Pattern.compile("\\[\\[[^\\]]*]]|[*_`#>]+");
    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^\\s*(?:[-+]|\\d+\\.)\\s+");
    private static final int HARD_SYLLABLES = 4;

    private final OfficialeseList officialese;

    public Readability(OfficialeseList officialese) {
        this.officialese = officialese;
    }

    /** Scores an article by its summary and body, leaving out the legal basis and the links. */
    public ReadabilityScore score(Article article) {
        return score(article.body());
    }

    /** Scores body sections as an article holds them, leaving out the legal basis and the links. */
    public ReadabilityScore score(List<BodySection> body) {
        StringBuilder text = new StringBuilder();
        for (BodySection section : body) {
            if (!section.heading().equals(BodySection.LEGAL_BASIS) && !section.heading().equals(BodySection.SEE_ALSO)) {
                text.append(section.markdown()).append("\n\n");
            }
        }
        return score(text.toString());
    }

    /** Scores plain text or Markdown. */
    public ReadabilityScore score(String text) {
        String plain = LIST_ITEM.matcher(MARKDOWN.matcher(text).replaceAll(" ")).replaceAll("\n\n");
        int sentences = 0;
        int words = 0;
        int hard = 0;
        for (String sentence : sentences(plain)) {
            Matcher word = WORD.matcher(sentence);
            int inSentence = 0;
            while (word.find()) {
                inSentence++;
                if (PolishSyllables.count(word.group()) >= HARD_SYLLABLES) {
                    hard++;
                }
            }
            if (inSentence > 0) {
                sentences++;
                words += inSentence;
            }
        }
        double fog = words == 0 ? 0 : 0.4 * ((double) words / sentences + 100.0 * hard / words);
        return new ReadabilityScore(sentences, words, hard, fog, officialese.find(text));
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        // a blank line always ends a sentence, even without a full stop (headings, list items)
        for (String paragraph : text.split("\\n\\s*\\n")) {
            BreakIterator breaks = BreakIterator.getSentenceInstance(POLISH);
            breaks.setText(paragraph);
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                sentences.add(paragraph.substring(start, end));
            }
        }
        return sentences;
    }
}
