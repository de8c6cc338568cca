package pl.infolinia.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditorSynonymFilterTest {

    private static final Synonyms EDITORS = Synonyms.parse("""
            # the examples of the issue
            becikowe, jednorazowa zapomoga z tytułu urodzenia dziecka
            800 plus, świadczenie wychowawcze
            L4, zwolnienie lekarskie
            """);

    private final KnowledgeAnalyzer query = KnowledgeAnalyzer.forQueries(PolishLexicon.polimorf(), EDITORS);

    @Test
    void addsMultiWordSynonymAsItsOwnPathBesideASingleWord() {
        assertThat(Tokens.graph(query, "L4 kto płaci")).containsExactlyInAnyOrder(
                "l4@0/2", "zwolnic@0/1", "zwolniec@0/1", "zwolnienie@0/1", "lekarski@1/1", "placic@2/1");
    }

    @Test
    void matchesAPhraseInAnyInflectionAndWithoutDiacritics() {
        assertThat(Tokens.of(query, "swiadczenia wychowawczego")).contains("800", "plus");
        assertThat(Tokens.of(query, "zwolnienia lekarskiego")).contains("l4");
        assertThat(Tokens.of(query, "jednorazowej zapomogi z tytulu urodzenia dziecka")).contains("becikowe");
    }

    @Test
    void givesEachPathItsOwnInnerNodesSoPathsNeverMix() {
        // "800 plus" and "świadczenie wychowawcze" both span nodes 0..3 through different inner nodes
        assertThat(Tokens.graph(query, "800 plus"))
                .contains("800@0/1", "swiadczyc@0/2", "swiadczenie@0/2", "plus@1/2", "wychowawczy@2/1")
                .allSatisfy(token -> assertThat(token).matches(".+@(0/1|0/2|1/2|2/1)"));
    }

    @Test
    void newSynonymsApplyToTheNextQueryWithoutANewAnalyzer() {
        assertThat(Tokens.of(query, "prawko")).doesNotContain("jazda");

        query.synonyms().replace(Synonyms.parse("prawko, prawo jazdy"));

        assertThat(Tokens.of(query, "prawko")).contains("prawko", "prawo", "jazda");
        assertThat(Tokens.of(query, "becikowe")).containsExactly("becikowe");
    }

    @Test
    void parsesAndFormatsTheEditorsTextFormat() {
        Synonyms parsed = Synonyms.parse("a, b # comment\n\n# only a comment\nc,d,e\nsingle\n");

        assertThat(parsed.groups()).containsExactly(java.util.List.of("a", "b"), java.util.List.of("c", "d", "e"));
        assertThat(Synonyms.parse(parsed.format())).isEqualTo(parsed);
    }
}
