package pl.infolinia.knowledge.analysis;

import org.apache.lucene.analysis.Analyzer;

/**
 * The editors' synonyms currently in force, replaceable while searches run.
 *
 * <p>Synonyms apply only when a query is analyzed, never when an article is indexed, so that a
 * change takes effect on the next query and no article has to be reindexed.
 */
public final class EditorSynonyms {

    private final Analyzer phraseAnalyzer;
    private volatile Synonyms synonyms = Synonyms.none();
    private volatile SynonymRules rules = SynonymRules.NONE;

    EditorSynonyms(Analyzer phraseAnalyzer) {
        this.phraseAnalyzer = phraseAnalyzer;
    }

    /** Puts new synonyms in force for every query analyzed from now on. */
    public void replace(Synonyms newSynonyms) {
        SynonymRules compiled = SynonymRules.compile(newSynonyms, phraseAnalyzer);
        synchronized (this) {
            this.synonyms = newSynonyms;
            this.rules = compiled;
        }
    }

    /** The synonyms in force. */
    public Synonyms current() {
        return synonyms;
    }

    SynonymRules rules() {
        return rules;
    }
}
