package pl.infolinia.knowledge.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReadabilityTest {

    private final Readability readability = new Readability(OfficialeseList.standard());

    @Test
    void countsPolishSyllablesByVowelGroupsWithSofteningI() {
        assertThat(PolishSyllables.count("nie")).isEqualTo(1);
        assertThat(PolishSyllables.count("się")).isEqualTo(1);
        assertThat(PolishSyllables.count("dziecko")).isEqualTo(2);
        assertThat(PolishSyllables.count("Kraków")).isEqualTo(2);
        assertThat(PolishSyllables.count("zaświadczenie")).isEqualTo(4);
        assertThat(PolishSyllables.count("zobowiązany")).isEqualTo(5);
    }

    @Test
    void shortPlainSentenceScoresLow() {
        ReadabilityScore score = readability.score("Zgłoś utratę dowodu.");

        assertThat(score.sentences()).isEqualTo(1);
        assertThat(score.words()).isEqualTo(3);
        assertThat(score.hardWords()).isZero();
        assertThat(score.fog()).isCloseTo(1.2, within(0.001));
        assertThat(score.difficulty()).isEqualTo(ReadabilityScore.Difficulty.EASY);
        assertThat(score.officialese()).isEmpty();
    }

    @Test
    void officialeseSentenceScoresHighAndIsFlagged() {
        ReadabilityScore score = readability.score("Wnioskodawca zobowiązany jest do przedłożenia zaświadczenia.");

        // 6 words, 4 of them with four or more syllables: 0.4 × (6 + 100 × 4/6)
        assertThat(score.words()).isEqualTo(6);
        assertThat(score.hardWords()).isEqualTo(4);
        assertThat(score.fog()).isCloseTo(29.067, within(0.001));
        assertThat(score.difficulty()).isEqualTo(ReadabilityScore.Difficulty.VERY_HARD);
        assertThat(score.officialese()).extracting(OfficialesePhrase::phrase)
                .containsExactly("wnioskodawc*", "przedłoż*");
    }

    @Test
    void abbreviationsAndNumbersDoNotSplitOrCountAsWords() {
        ReadabilityScore score = readability.score("Weź np. paszport. Opłata wynosi 30 zł.");

        assertThat(score.sentences()).isEqualTo(2);
        assertThat(score.words()).isEqualTo(6);
    }

    @Test
    void listItemsReadAsSentencesOfTheirOwn() {
        ReadabilityScore score = readability.score("- wniosek\n- zdjęcie\n- dowód osobisty");

        assertThat(score.sentences()).isEqualTo(3);
        assertThat(score.wordsPerSentence()).isCloseTo(4.0 / 3, within(0.001));
    }

    @Test
    void editorsListMatchesPhrasesAcrossSpacesAndCase() {
        OfficialeseList list = OfficialeseList.parse("# comment\nw przedmiocie => w sprawie\n");

        assertThat(list.find("Decyzja W  przedmiocie zasiłku. Przedmiotowa sprawa.")).singleElement()
                .satisfies(flag -> {
                    assertThat(flag.plainer()).isEqualTo("w sprawie");
                    assertThat(flag.start()).isEqualTo(8);
                });
    }
}
