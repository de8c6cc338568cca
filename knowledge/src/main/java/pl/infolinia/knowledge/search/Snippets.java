package pl.infolinia.knowledge.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Picks for each hit the passage that shows why it matched, with matched words in bold.
 *
 * <p>The summary is preferred because consultants read it to the caller; when none of its words
 * matched, the best passage of the body is shown, and failing that the summary's opening.
 */
final class Snippets {

    private static final int MAX_CHARS = 10_000;

    private final Analyzer indexAnalyzer;

    Snippets(Analyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    String[] of(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        String[] summaries = highlighter(searcher, 1).highlight(ArticleFields.SUMMARY, query, top, 1);
        String[] bodies = highlighter(searcher, 0).highlight(ArticleFields.BODY, query, top, 1);
        String[] snippets = new String[top.scoreDocs.length];
        for (int i = 0; i < snippets.length; i++) {
            String summary = summaries[i] == null ? "" : summaries[i];
            boolean summaryMatched = summary.contains("<b>");
            snippets[i] = summaryMatched || bodies[i] == null ? summary.strip() : bodies[i].strip();
        }
        return snippets;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher, int passagesWithoutMatch) {
        return UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                .withHandleMultiTermQuery(true)
                .withMaxLength(MAX_CHARS)
                .withMaxNoHighlightPassages(passagesWithoutMatch)
                .build();
    }
}
