package pl.infolinia.knowledge.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer for Polish knowledge-base text and for the way citizens ask about it.
 *
 * <p>A chain of one-job filters, in this order:
 * <ol>
 *   <li>{@link StandardTokenizer}: words, numbers and codes such as "l4";</li>
 *   <li>{@link LowerCaseFilter};</li>
 *   <li>{@link StopFilter}: Polish function words and the words callers wrap a question in ("mam",
 *       "muszę", "co dalej"), with and without diacritics, removed before lemmas, because the
 *       dictionary reads "w" as an abbreviation of "wiek" and "mam" also as "mama";</li>
 *   <li>{@link PatternKeywordMarkerFilter}: words of one or two letters are kept as written, since
 *       the dictionary reads most of them as abbreviations ("ie" as "indoeuropejski");</li>
 *   <li>{@link DiacriticRestorationFilter}: "zasilek" becomes "zasiłek" when only that is a word;
 *       in queries, "bron" also gets "broń" though "bron" is a word (of "brona");</li>
 *   <li>{@link MorfologikFilter}: every lemma of the form ("dowodu", "dowodem" give "dowód");</li>
 *   <li>{@link LowerCaseFilter} again, because lemmas of proper names start with a capital;</li>
 *   <li>{@link StempelFallbackFilter}: a Stempel stem for words the dictionary lacks;</li>
 *   <li>{@link ASCIIFoldingFilter}: diacritics folded, so "dowod" and "dowód" are one term;</li>
 *   <li>{@link RemoveDuplicatesTokenFilter}: lemmas that folding made equal;</li>
 *   <li>{@link EditorSynonymFilter}, for queries only: the editors' synonyms as graph paths.</li>
 * </ol>
 * Articles are indexed without synonyms, so editing the synonyms never requires a reindex.
 */
public final class KnowledgeAnalyzer extends Analyzer {

    // forms of "have", "can", "must", "want", "do" and the like, which frame a caller's question
    // ("co mam zrobić", "czy muszę", "chciałbym") and say nothing about its subject
    private static final List<String> QUESTION_WORDS = List.of(
            "mam", "masz", "macie", "miałem", "miałam", "mogę", "możesz", "możemy", "muszę", "musisz",
            "musimy", "muszą", "chcę", "chcesz", "chcemy", "chciałbym", "chciałabym", "zrobić", "zrobię",
            "robić", "robię", "iść", "idę", "pójść", "potrzebuję", "potrzebuje", "wiem", "proszę", "dalej",
            "coś", "jakieś", "jakiś", "jakaś", "mój", "moja", "moje", "mojego", "mojej", "jestem", "jesteśmy",
            "mieć", "chcieć");

    private static final CharArraySet STOP_WORDS = stopWords();
    private static final Pattern SHORT_WORD = Pattern.compile(".{1,2}");

    private final PolishLexicon lexicon;
    private final EditorSynonyms synonyms;

    private KnowledgeAnalyzer(PolishLexicon lexicon, EditorSynonyms synonyms) {
        this.lexicon = lexicon;
        this.synonyms = synonyms;
    }

    /** The analyzer for indexing articles: the chain without synonyms. */
    public static KnowledgeAnalyzer forIndexing(PolishLexicon lexicon) {
        return new KnowledgeAnalyzer(lexicon, null);
    }

    /** The analyzer for queries, applying the editors' synonyms as they stand at each query. */
    public static KnowledgeAnalyzer forQueries(PolishLexicon lexicon, Synonyms initial) {
        EditorSynonyms synonyms = new EditorSynonyms(forIndexing(lexicon));
        synonyms.replace(initial);
        return new KnowledgeAnalyzer(lexicon, synonyms);
    }

    /**
     * The synonyms this query analyzer applies; replace them to change searching at once.
     *
     * @throws IllegalStateException for the indexing analyzer, which applies none
     */
    public EditorSynonyms synonyms() {
        if (synonyms == null) {
            throw new IllegalStateException("the indexing analyzer applies no synonyms");
        }
        return synonyms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new PatternKeywordMarkerFilter(stream, SHORT_WORD);
        stream = synonyms == null
                ? DiacriticRestorationFilter.forText(stream, lexicon)
                : DiacriticRestorationFilter.forQueries(stream, lexicon);
        stream = new MorfologikFilter(stream, lexicon.dictionary());
        stream = new LowerCaseFilter(stream);
        stream = new StempelFallbackFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new RemoveDuplicatesTokenFilter(stream);
        if (synonyms != null) {
            stream = new EditorSynonymFilter(stream, synonyms);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(PolishAnalyzer.getDefaultStopSet(), false);
        words.addAll(QUESTION_WORDS);
        CharArraySet folded = new CharArraySet(words, false);
        for (Object word : words) {
            char[] chars = (char[]) word;
            char[] out = new char[chars.length * 4];
            int length = ASCIIFoldingFilter.foldToASCII(chars, 0, out, 0, chars.length);
            folded.add(new String(out, 0, length));
        }
        return CharArraySet.unmodifiableSet(folded);
    }
}
