package pl.infolinia.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KnowledgeAnalyzerTest {

    private static final PolishLexicon LEXICON = PolishLexicon.polimorf();
    private final KnowledgeAnalyzer index = KnowledgeAnalyzer.forIndexing(LEXICON);

    @Test
    void findsDowodOsobistyFromEveryCaseOfDowod() {
        assertThat(Tokens.of(index, "dowód dowodu dowody dowodem"))
                .containsExactly("dowod", "dowod", "dowod", "dowod");
        // "dowodowi" is also a form of the adjective "dowodowy"; both lemmas stand at its position
        assertThat(Tokens.byPosition(index, "dowodowi")).singleElement()
                .satisfies(lemmas -> assertThat(lemmas).contains("dowod", "dowodowy"));
        assertThat(Tokens.of(index, "dowody osobiste")).containsExactly("dowod", "osobisty");
    }

    @Test
    void restoresMissingDiacriticsBeforeLemmas() {
        assertThat(Tokens.of(index, "zasilek")).containsExactly("zasilek");
        assertThat(Tokens.of(index, "zasiłku")).containsExactly("zasilek");
        // "zasilku" is no word; restored to "zasiłku", its lemma meets the article's "zasiłek"
        assertThat(Tokens.of(index, "zasilku")).containsExactly("zasilek");
        assertThat(Tokens.of(index, "zgubilem dowod")).containsExactly("zgubic", "dowod");
        assertThat(Tokens.of(index, "prog dochodowy")).containsExactly("prog", "dochodowy");
    }

    @Test
    void queriesAlsoTryDiacriticsOnFormsThatAreWordsWithoutThem() {
        KnowledgeAnalyzer query = KnowledgeAnalyzer.forQueries(LEXICON, Synonyms.none());

        // "bron" is a form of "brona" (a harrow); typed by a caller it means "broń"
        assertThat(Tokens.of(query, "bron")).contains("brona", "bron");
        assertThat(Tokens.of(index, "bron")).containsExactly("brona");
        // a word typed with a diacritic is taken as meant
        assertThat(Tokens.of(query, "sąd")).containsExactly("sad");
        assertThat(Tokens.byPosition(query, "sad")).singleElement()
                .satisfies(lemmas -> assertThat(lemmas).contains("sad"));
    }

    @Test
    void citizensSpellingsMeetTheArticlesWords() {
        assertThat(Tokens.of(index, "Zgubiony dowód osobisty")).isEqualTo(Tokens.of(index, "zgubilem dowodu osobistego"));
    }

    @Test
    void dropsFunctionWordsAndQuestionFramingWithOrWithoutDiacritics() {
        assertThat(Tokens.of(index, "co mam zrobić, że się tak stało")).containsExactly("staly", "stac");
        assertThat(Tokens.of(index, "co mam zrobic, ze sie tak stalo")).containsExactly("staly", "stac");
    }

    @Test
    void keepsCodesAndNumbersAsWritten() {
        assertThat(Tokens.of(index, "L4 i 800+ oraz OC, SD-Z2")).containsExactly("l4", "800", "oc", "sd", "z2");
    }

    @Test
    void stemsWordsTheDictionaryLacksWithStempelAndMarksThemUnknown() {
        List<List<String>> positions = Tokens.byPosition(index, "eZUS-ie");
        assertThat(positions).containsExactly(List.of("ezus"), List.of("ie"));
        // both an unknown form and its inflection reach one shared stem
        assertThat(Tokens.of(index, "mObywatelu")).containsExactly("mobywatelu", "mobywatel");
        assertThat(Tokens.of(index, "mObywatel")).containsExactly("mobywatel");
    }

    @Test
    void stacksEveryLemmaOfAnAmbiguousForm() {
        assertThat(Tokens.byPosition(index, "zwolnienie")).singleElement()
                .satisfies(lemmas -> assertThat(lemmas).contains("zwolnienie", "zwolnic"));
    }

    @Test
    void indexingAppliesNoSynonyms() {
        assertThat(Tokens.of(index, "becikowe")).containsExactly("becikowe");
    }

    @Test
    void survivesRandomText() {
        Random random = new Random(20261127);
        String alphabet = "aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄĘŁŻ0123456789 -.,!?'\"*+()[]#@\t\n\u00a0ǅ😀";
        KnowledgeAnalyzer query = KnowledgeAnalyzer.forQueries(LEXICON, Synonyms.demo());
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            assertThat(Tokens.of(index, text.toString())).allSatisfy(t -> assertThat(t).isNotEmpty());
            assertThat(Tokens.graph(query, text.toString())).allSatisfy(t -> assertThat(t).doesNotStartWith("@"));
        }
    }

    @Test
    void survivesLongRunsOfLettersThatCouldTakeDiacritics() {
        // each a, c, e, l, n, o, s, z doubles the spellings to try; the walk must stay bounded
        assertThat(Tokens.of(index, "zazazazazazazazazazazazazazazazaza")).hasSize(1);
    }
}
