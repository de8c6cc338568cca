package pl.infolinia.knowledge.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Proposes "did you mean": the query with each mistyped word replaced by the likeliest article word.
 *
 * <p>Only words that neither the dictionary nor any article knows are replaced, so a correct
 * but rare word is never "corrected" into a frequent one.
 */
final class Spelling {

    private final DirectSpellChecker checker = new DirectSpellChecker();

    Spelling() {
        checker.setMaxEdits(2);
        checker.setMinPrefix(1);
    }

    Optional<String> correct(String text, List<CitizenQuery.Typo> typos, IndexReader reader) throws IOException {
        StringBuilder corrected = new StringBuilder(text);
        boolean changed = false;
        // right to left, so that earlier offsets stay valid while later words are replaced
        for (CitizenQuery.Typo typo : typos.reversed()) {
            SuggestWord[] words = checker.suggestSimilar(new Term(ArticleFields.WORDS, typo.word()), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (words.length > 0 && typo.end() <= corrected.length()) {
                corrected.replace(typo.start(), typo.end(), words[0].string);
                changed = true;
            }
        }
        return changed ? Optional.of(corrected.toString()) : Optional.empty();
    }
}
