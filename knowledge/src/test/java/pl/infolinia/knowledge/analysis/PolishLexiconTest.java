package pl.infolinia.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolishLexiconTest {

    private final PolishLexicon lexicon = PolishLexicon.polimorf();

    @Test
    void knowsInflectedFormsAndNotTypos() {
        assertThat(lexicon.knows("dowodu")).isTrue();
        assertThat(lexicon.knows("zasiłku")).isTrue();
        assertThat(lexicon.knows("paszprt")).isFalse();
        assertThat(lexicon.knows("")).isFalse();
    }

    @Test
    void addsDiacriticsOnlyWhereThatMakesAWord() {
        assertThat(lexicon.withDiacritics("dowod", 3)).containsExactly("dowód");
        assertThat(lexicon.withDiacritics("zasilek", 3)).containsExactly("zasiłek");
        assertThat(lexicon.withDiacritics("zolw", 3)).containsExactly("żółw");
        assertThat(lexicon.withDiacritics("paszprt", 3)).isEmpty();
    }

    @Test
    void listsEveryKnownSpellingIncludingTheFormItself() {
        assertThat(lexicon.spellings("bron", 3)).containsExactly("bron", "broń");
        assertThat(lexicon.spellings("paszprt", 3)).isEmpty();
    }

    @Test
    void leavesKnownWordsAlone() {
        assertThat(lexicon.withDiacritics("ze", 3)).isEmpty();
        assertThat(lexicon.withDiacritics("dowód", 3)).isEmpty();
    }
}
