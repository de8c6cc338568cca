package pl.infolinia.knowledge.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Editors' synonym groups turned into the analyzed terms that the synonym filter matches.
 *
 * <p>Each phrase is a list of positions, each position the set of terms the analyzer gives for
 * that word (all its lemmas, folded), so "zwolnienia lekarskiego" meets "zwolnienie lekarskie".
 *
 * @param groups for each group, its phrases; a phrase is a list of term sets
 */
record SynonymRules(List<List<List<Set<String>>>> groups) {

    static final SynonymRules NONE = new SynonymRules(List.of());

    SynonymRules {
        groups = List.copyOf(groups);
    }

    static SynonymRules compile(Synonyms synonyms, Analyzer analyzer) {
        List<List<List<Set<String>>>> groups = new ArrayList<>();
        for (List<String> group : synonyms.groups()) {
            List<List<Set<String>>> phrases = new ArrayList<>();
            for (String phrase : group) {
                List<Set<String>> positions = analyze(phrase, analyzer);
                if (!positions.isEmpty() && !phrases.contains(positions)) {
                    phrases.add(positions);
                }
            }
            if (phrases.size() > 1) {
                groups.add(phrases);
            }
        }
        return new SynonymRules(groups);
    }

    private static List<Set<String>> analyze(String phrase, Analyzer analyzer) {
        List<Set<String>> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("synonym", phrase)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
                    positions.add(new LinkedHashSet<>());
                }
                positions.getLast().add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // insertion-ordered, so that a query's tokens come out the same way on every run
        return positions.stream().map(Collections::unmodifiableSet).toList();
    }
}
