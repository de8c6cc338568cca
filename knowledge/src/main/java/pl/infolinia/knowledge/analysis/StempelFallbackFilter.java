package pl.infolinia.knowledge.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.morfologik.MorphosyntacticTagsAttribute;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.egothor.stemmer.Trie;

/**
 * Stems, with Stempel, the words that the Morfologik lemma filter before it did not know.
 *
 * <p>New words ("e-doręczeniami", "mObywatelu") get a learned stem so their forms still meet;
 * the unknown form itself is kept, typed {@link #UNKNOWN}, so that search can try it with typo
 * tolerance, and the stem follows stacked at the same position. Short tokens and numbers pass
 * untouched, because Stempel's stems of them are noise.
 */
public final class StempelFallbackFilter extends TokenFilter {

    /** Token type of a word form that the dictionary does not know. */
    public static final String UNKNOWN = "<UNKNOWN>";
    /** Token type of the Stempel stem of an unknown word. */
    public static final String STEM = "<STEM>";

    private static final int MIN_LENGTH = 4;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final MorphosyntacticTagsAttribute tags = addAttribute(MorphosyntacticTagsAttribute.class);
    private final StempelStemmer stemmer;
    private String pendingStem;
    private State current;

    public StempelFallbackFilter(TokenStream input) {
        super(input);
        // a stemmer keeps a buffer, so each filter gets its own over the shared table
        this.stemmer = new StempelStemmer(Stempel.TABLE);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingStem != null) {
            restoreState(current);
            term.setEmpty().append(pendingStem);
            type.setType(STEM);
            position.setPositionIncrement(0);
            pendingStem = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        List<StringBuilder> known = tags.getTags();
        if (known != null && !known.isEmpty()) {
            return true;
        }
        type.setType(UNKNOWN);
        if (term.length() >= MIN_LENGTH && Character.isLetter(term.charAt(0))) {
            StringBuilder stem = stemmer.stem(term);
            if (stem != null && stem.length() > 0 && !stem.toString().contentEquals(term)) {
                pendingStem = stem.toString();
                current = captureState();
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingStem = null;
        current = null;
    }

    /** Stempel's stemming table, read once and only read afterwards. */
    private static final class Stempel {
        static final Trie TABLE = PolishAnalyzer.getDefaultTable();
    }
}
