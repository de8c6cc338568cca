package pl.infolinia.knowledge.taxonomy;

import java.util.Optional;

/**
 * Where the tree and the offices of the last import are kept, so that a restart still knows them.
 */
public interface TaxonomyStore {

    /** The tree and offices saved last, if any import saved them. */
    Optional<Tree> load();

    /** Replaces what is kept by this tree and these offices. */
    void save(Tree tree);

    /**
     * The taxonomy together with the offices its articles name.
     *
     * @param taxonomy sections, categories and service groups
     * @param offices  offices and outside institutions
     */
    record Tree(Taxonomy taxonomy, Offices offices) {
    }

    /** A store that keeps nothing beyond this process, for tests and the evaluation. */
    static TaxonomyStore inMemory() {
        return new TaxonomyStore() {
            private volatile Tree tree;

            @Override
            public Optional<Tree> load() {
                return Optional.ofNullable(tree);
            }

            @Override
            public void save(Tree newTree) {
                tree = newTree;
            }
        };
    }
}
