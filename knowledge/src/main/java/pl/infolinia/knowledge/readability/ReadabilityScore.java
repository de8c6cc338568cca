package pl.infolinia.knowledge.readability;

import java.util.List;

/**
 * How hard a text is to read, by the Polish FOG index, and which officialese it contains.
 *
 * <p>FOG-PL = 0.4 × (words per sentence + 100 × share of words with four or more syllables).
 * It estimates years of schooling needed: up to about 9 reads easily (gimnazjum level), above 12
 * is hard, above 17 is for specialists.
 *
 * @param sentences       number of sentences
 * @param words           number of words
 * @param hardWords       words of four or more syllables
 * @param fog             the FOG-PL index
 * @param officialese     officialese phrases found, in text order
 */
public record ReadabilityScore(int sentences, int words, int hardWords, double fog,
        List<OfficialesePhrase> officialese) {

    public ReadabilityScore {
        officialese = List.copyOf(officialese);
    }

    /** Average words per sentence. */
    public double wordsPerSentence() {
        return sentences == 0 ? 0 : (double) words / sentences;
    }

    /** Share of hard words, from 0 to 1. */
    public double hardWordShare() {
        return words == 0 ? 0 : (double) hardWords / words;
    }

    /** A label editors understand at a glance. */
    public Difficulty difficulty() {
        if (fog <= 9) {
            return Difficulty.EASY;
        }
        return fog <= 12 ? Difficulty.FAIR : fog <= 17 ? Difficulty.HARD : Difficulty.VERY_HARD;
    }

    /** Bands of the FOG index as editors speak of them. */
    public enum Difficulty {
        EASY,
        FAIR,
        HARD,
        VERY_HARD
    }
}
