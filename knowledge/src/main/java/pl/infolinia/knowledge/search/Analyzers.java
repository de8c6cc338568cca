package pl.infolinia.knowledge.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import pl.infolinia.knowledge.analysis.FoldingAnalyzer;
import pl.infolinia.knowledge.analysis.KnowledgeAnalyzer;
import pl.infolinia.knowledge.analysis.PolishLexicon;
import pl.infolinia.knowledge.analysis.Synonyms;

/**
 * The analyzers one index uses: for indexing (per field), for queries, and for typed words.
 *
 * @param index        analyzer per field for indexing
 * @param query        analyzer for the free text of queries
 * @param folding      analyzer of the typed-word fields
 * @param typoTolerant whether mistyped words are looked for (only with the Polish analysis,
 *                     which can tell an unknown word from a known one)
 * @param polish       the query analyzer when it is the Polish one, holding the synonyms; else null
 */
record Analyzers(Analyzer index, Analyzer query, Analyzer folding, boolean typoTolerant, KnowledgeAnalyzer polish) {

    static Analyzers of(SearchAnalysis analysis, Synonyms synonyms) {
        return switch (analysis) {
            case POLISH -> {
                PolishLexicon lexicon = PolishLexicon.polimorf();
                KnowledgeAnalyzer query = KnowledgeAnalyzer.forQueries(lexicon, synonyms);
                yield new Analyzers(ArticleFields.indexAnalyzer(KnowledgeAnalyzer.forIndexing(lexicon)), query,
                        new FoldingAnalyzer(), true, query);
            }
            case STANDARD -> baseline(new StandardAnalyzer());
            case STEMPEL -> baseline(new PolishAnalyzer());
        };
    }

    private static Analyzers baseline(Analyzer analyzer) {
        return new Analyzers(ArticleFields.indexAnalyzer(analyzer), analyzer, new FoldingAnalyzer(), false, null);
    }

    void useSynonyms(Synonyms synonyms) {
        if (polish == null) {
            throw new IllegalStateException("a baseline analysis applies no synonyms");
        }
        polish.synonyms().replace(synonyms);
    }

    Synonyms synonyms() {
        return polish == null ? Synonyms.none() : polish.synonyms().current();
    }
}
