package pl.infolinia.knowledge;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import pl.infolinia.knowledge.analysis.Synonyms;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStatus;
import pl.infolinia.knowledge.article.ArticleStore;
import pl.infolinia.knowledge.article.ArticleVersion;
import pl.infolinia.knowledge.article.BodySection;
import pl.infolinia.knowledge.article.Edit;
import pl.infolinia.knowledge.article.NoSuchArticle;
import pl.infolinia.knowledge.importing.ArticleChecks;
import pl.infolinia.knowledge.importing.ImportProblem;
import pl.infolinia.knowledge.importing.ImportReport;
import pl.infolinia.knowledge.importing.ImportScope;
import pl.infolinia.knowledge.importing.KnowledgeContent;
import pl.infolinia.knowledge.importing.KnowledgeImport;
import pl.infolinia.knowledge.readability.OfficialeseList;
import pl.infolinia.knowledge.readability.Readability;
import pl.infolinia.knowledge.readability.ReadabilityScore;
import pl.infolinia.knowledge.search.LuceneArticleIndex;
import pl.infolinia.knowledge.search.SearchRequest;
import pl.infolinia.knowledge.search.SearchResults;
import pl.infolinia.knowledge.search.Suggestion;
import pl.infolinia.knowledge.taxonomy.OfficeCode;
import pl.infolinia.knowledge.taxonomy.Offices;
import pl.infolinia.knowledge.taxonomy.Taxonomy;
import pl.infolinia.knowledge.taxonomy.TaxonomyStore;

/**
 * The knowledge base as consultants and editors use it: articles with history, kept searchable.
 *
 * <p>Every change goes to the {@link ArticleStore} first and then to the search index, so the
 * store stays the source of truth; {@link #openIndex} rebuilds the index from it when the index is
 * missing or stale. Taxonomy and offices are those of the last import, kept in a {@link TaxonomyStore}.
 */
public final class KnowledgeBase {

    private final ArticleStore store;
    private final LuceneArticleIndex index;
    private final TaxonomyStore trees;
    private final KnowledgeImport importer = new KnowledgeImport();
    private volatile Readability readability;
    private volatile Taxonomy taxonomy = new Taxonomy(List.of());
    private volatile Offices offices = new Offices(List.of());

    /** A knowledge base whose taxonomy lives only as long as this object, for tests and the evaluation. */
    public KnowledgeBase(ArticleStore store, LuceneArticleIndex index, Readability readability) {
        this(store, index, readability, TaxonomyStore.inMemory());
    }

    public KnowledgeBase(ArticleStore store, LuceneArticleIndex index, Readability readability, TaxonomyStore trees) {
        this.store = store;
        this.index = index;
        this.readability = readability;
        this.trees = trees;
    }

    /**
     * Loads the saved taxonomy and makes the index match the store, rebuilding it if it is
     * missing or stale; call on start.
     *
     * @return whether the index had to be rebuilt
     */
    public boolean openIndex() {
        trees.load().ifPresent(tree -> {
            taxonomy = tree.taxonomy();
            offices = tree.offices();
        });
        List<Article> all = store.all();
        if (index.isCurrentFor(all)) {
            return false;
        }
        index.replaceAll(all);
        return true;
    }

    /** The dry run of an import: every problem, and nothing changed. */
    public ImportReport checkImport(Path location) {
        return importer.check(location);
    }

    /** The dry run of an import by an office's editor: also every change outside the office's articles. */
    public ImportReport checkImport(Path location, ImportScope scope) {
        return importer.check(location, scope);
    }

    /** What an editor of the office may import: that office's articles, against the knowledge base as it is now. */
    public ImportScope officeScope(OfficeCode office) {
        return ImportScope.office(office, taxonomy, offices, store::find);
    }

    /**
     * Imports a folder or ZIP all-or-nothing and makes the changed articles searchable.
     *
     * @throws pl.infolinia.knowledge.importing.InvalidInput with every problem; nothing changed then
     */
    public ImportReport importFrom(Path location, Edit edit) {
        return importFrom(location, edit, ImportScope.everything());
    }

    /**
     * Imports all-or-nothing what lies within the scope and makes the changed articles searchable.
     *
     * @throws pl.infolinia.knowledge.importing.InvalidInput with every problem, those of scope included
     */
    public ImportReport importFrom(Path location, Edit edit, ImportScope scope) {
        ImportReport report = importer.apply(location, store, edit, scope);
        adopt(report.content(), report.written());
        return report;
    }

    /** Imports the demo knowledge base that ships with this module, as {@code start-dev} does. */
    public List<ArticleVersion> importDemo(Edit edit) {
        KnowledgeContent demo = importer.demo();
        List<ArticleVersion> written = store.saveAll(demo.articles(), edit);
        adopt(demo, written);
        return written;
    }

    /** Saves an edited article as a new version and updates search; empty if nothing changed. */
    public Optional<ArticleVersion> save(Article article, Edit edit) {
        Optional<ArticleVersion> version = store.save(article, edit);
        version.ifPresent(v -> index.index(v.article()));
        return version;
    }

    /** Changes only the article's status, as publishing or archiving does. */
    public Optional<ArticleVersion> changeStatus(ArticleId id, ArticleStatus status, Edit edit) {
        Article article = store.find(id).orElseThrow(() -> new NoSuchArticle(id, ""));
        return save(article.withStatus(status), edit);
    }

    /** Makes an old version current again and updates search. */
    public ArticleVersion restore(ArticleId id, int versionNumber, Edit edit) {
        ArticleVersion version = store.restore(id, versionNumber, edit);
        index.index(version.article());
        return version;
    }

    public Optional<Article> article(ArticleId id) {
        return store.find(id);
    }

    public List<ArticleVersion> history(ArticleId id) {
        return store.history(id);
    }

    public SearchResults search(SearchRequest request) {
        return index.search(request);
    }

    public List<Suggestion> suggest(String typed, int max) {
        return index.suggest(typed, max);
    }

    /** Puts the editors' new synonyms in force for the next search; nothing is reindexed. */
    public void useSynonyms(Synonyms synonyms) {
        index.useSynonyms(synonyms);
    }

    public Synonyms synonyms() {
        return index.synonyms();
    }

    /** The readability of an article as it would be saved, for the editor's live score. */
    public ReadabilityScore readability(Article article) {
        return readability.score(article);
    }

    /** The readability of body sections being edited, before they are an article. */
    public ReadabilityScore readability(List<BodySection> body) {
        return readability.score(body);
    }

    /** Puts the editors' officialese list in force for the next score. */
    public void useOfficialese(OfficialeseList list) {
        readability = new Readability(list);
    }

    /**
     * What keeps the article from being saved as it is: HTML, a place outside the tree, an
     * unknown office, links to missing articles. Empty when it can be saved.
     */
    public List<ImportProblem> problemsOf(Article article) {
        return ArticleChecks.check(article, taxonomy, offices, id -> store.find(id).isPresent());
    }

    /** Everything as an export writes it: the tree, the offices and every article in its current state. */
    public KnowledgeContent content() {
        return new KnowledgeContent(taxonomy, offices, store.all());
    }

    /** The published articles hardest to read, hardest first. */
    public List<ArticleReadability> hardestArticles(int max) {
        return store.all().stream()
                .filter(a -> a.status() == ArticleStatus.PUBLISHED)
                .map(a -> new ArticleReadability(a.id(), a.title(), readability.score(a)))
                .sorted(Comparator.comparingDouble((ArticleReadability r) -> r.score().fog()).reversed())
                .limit(max)
                .toList();
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public Offices offices() {
        return offices;
    }

    private void adopt(KnowledgeContent content, List<ArticleVersion> written) {
        taxonomy = content.taxonomy();
        offices = content.offices();
        trees.save(new TaxonomyStore.Tree(taxonomy, offices));
        index.indexAll(written.stream().map(ArticleVersion::article).toList());
    }
}
