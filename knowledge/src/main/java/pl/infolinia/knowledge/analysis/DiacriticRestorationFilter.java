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
 * A form the dictionary knows passes unchanged even if another marking also exists ("ze" stays
 * "ze"), a keyword is left alone, and several known markings are emitted stacked at one position. Expects lower case.
 */
public final class DiacriticRestorationFilter extends TokenFilter {

    private static final int MAX_SPELLINGS = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PolishLexicon lexicon;
    private final Deque<String> pending = new ArrayDeque<>();
    private State current;

    public DiacriticRestorationFilter(TokenStream input, PolishLexicon lexicon) {
        super(input);
        this.lexicon = lexicon;
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
        var spellings = lexicon.withDiacritics(term.toString(), MAX_SPELLINGS);
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

    private static boolean isLetters(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
