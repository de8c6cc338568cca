package pl.infolinia.knowledge.readability;

import java.util.Locale;

/**
 * Counts the syllables of a Polish word by its vowel groups.
 *
 * <p>Each of a, ą, e, ę, i, o, ó, u, y makes a syllable, except an "i" before another vowel,
 * which only softens the consonant before it: "nie" and "się" have one syllable, "zaświadczenie"
 * four. Loanword diphthongs ("au" in "auto") are counted as two; the FOG adaptations count so too.
 */
final class PolishSyllables {

    private static final String VOWELS = "aąeęioóuy";

    private PolishSyllables() {
    }

    static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int syllables = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (VOWELS.indexOf(c) < 0) {
                continue;
            }
            boolean softeningI = c == 'i' && i + 1 < w.length() && VOWELS.indexOf(w.charAt(i + 1)) >= 0;
            if (!softeningI) {
                syllables++;
            }
        }
        return syllables;
    }
}
