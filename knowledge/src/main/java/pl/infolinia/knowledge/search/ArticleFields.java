package pl.infolinia.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import pl.infolinia.knowledge.analysis.FoldingAnalyzer;
import pl.infolinia.knowledge.article.Article;

/**
 * The Lucene document of an article: which fields exist, how each is analyzed, how it is built.
 *
 * <p>Title, summary, topic and body are analyzed into lemmas and weighted differently at query
 * time. Two more fields keep the words as typed (folded) for typos, prefixes and spelling.
 */
final class ArticleFields {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String TOPIC = "topic";
    static final String BODY = "body";
    static final String ROOTS = "roots";
    static final String WORDS_TITLE = "words_title";
    static final String WORDS = "words";
    static final String SECTION = "section";
    static final String OFFICE = "office";
    static final String STATUS = "status";
    static final String HASH = "hash";
    static final String SECTION_FACET = "section_facet";
    static final String OFFICE_FACET = "office_facet";

    // offsets in the postings let the highlighter find matches without analyzing the text again
    private static final FieldType WITH_OFFSETS = withOffsets();

    private final FacetsConfig facets = new FacetsConfig();

    FacetsConfig facetsConfig() {
        return facets;
    }

    /** The analyzer per field: lemmas (or a baseline) for text, folding for the typed words. */
    static Analyzer indexAnalyzer(Analyzer text) {
        FoldingAnalyzer folding = new FoldingAnalyzer();
        return new PerFieldAnalyzerWrapper(text, Map.of(WORDS_TITLE, folding, WORDS, folding,
                ROOTS, new WordRootAnalyzer(text)));
    }

    private static FieldType withOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    Document document(Article article, long hash) {
        String title = article.title();
        String summary = ArticleText.summary(article);
        String body = ArticleText.body(article);
        Document doc = new Document();
        doc.add(new StringField(ID, article.id().value(), Field.Store.YES));
        doc.add(new TextField(TITLE, title, Field.Store.YES));
        doc.add(new Field(SUMMARY, summary, WITH_OFFSETS));
        doc.add(new TextField(TOPIC, ArticleText.topic(article), Field.Store.NO));
        doc.add(new Field(BODY, body, WITH_OFFSETS));
        doc.add(new TextField(ROOTS, title + "\n" + summary + "\n" + ArticleText.topic(article), Field.Store.NO));
        doc.add(new TextField(WORDS_TITLE, title, Field.Store.NO));
        doc.add(new TextField(WORDS, title + "\n" + summary + "\n" + body, Field.Store.NO));
        doc.add(new StringField(SECTION, article.placement().section(), Field.Store.YES));
        doc.add(new StringField(OFFICE, article.office().value(), Field.Store.YES));
        doc.add(new StringField(STATUS, article.status().name(), Field.Store.YES));
        doc.add(new StoredField(HASH, hash));
        doc.add(new SortedSetDocValuesFacetField(SECTION_FACET, article.placement().section()));
        doc.add(new SortedSetDocValuesFacetField(OFFICE_FACET, article.office().value()));
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
