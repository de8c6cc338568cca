package pl.infolinia.knowledge.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Puts back the diacritics a citizen left out, when that turns an unknown form into a Polish word.
 *
 * <p>"zgubilem dowod" becomes "zgubiłem dowód", so that the lemma filter after it can do its job.
 * Several known markings are emitted stacked at one position; a keyword is left alone. Expects
 * lower case.
 *
 * <p>For text ({@link #forText}) a form the dictionary knows passes unchanged: an article that
 * writes "sad" means an orchard. For queries ({@link #forQueries}) a known form also gets its
 * marked spellings beside it, because a caller typing "bron" or "sad" without diacritics most
 * likely means "broń" and "sąd", though "bron" and "sad" are words too.
 */
public final class DiacriticRestorationFilter extends TokenFilter {

    private static final int MAX_SPELLINGS = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PolishLexicon lexicon;
    private final Deque<String> pending = new ArrayDeque<>();
    private State current;

    private final boolean markKnownWords;

    private DiacriticRestorationFilter(TokenStream input, PolishLexicon lexicon, boolean markKnownWords) {
        super(input);
        this.lexicon = lexicon;
        this.markKnownWords = markKnownWords;
    }

    /** The filter for indexed text: only unknown forms are restored. */
    public static DiacriticRestorationFilter forText(TokenStream input, PolishLexicon lexicon) {
        return new DiacriticRestorationFilter(input, lexicon, false);
    }

    /** The filter for queries: known forms also get their marked spellings stacked beside them. */
    public static DiacriticRestorationFilter forQueries(TokenStream input, PolishLexicon lexicon) {
        return new DiacriticRestorationFilter(input, lexicon, true);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword() || term.length() < 2 || !isLetters(term)) {
            return true;
        }
        var spellings = markKnownWords && isPlain(term)
                ? lexicon.spellings(term.toString(), MAX_SPELLINGS)
                : lexicon.withDiacritics(term.toString(), MAX_SPELLINGS);
        if (!spellings.isEmpty()) {
            term.setEmpty().append(spellings.getFirst());
            current = captureState();
            pending.addAll(spellings.subList(1, spellings.size()));
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }

    /** Whether the word has no Polish diacritic yet; one typed with any is taken as meant. */
    private static boolean isPlain(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if ("ąćęłńóśźż".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetters(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
