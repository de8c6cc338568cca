package pl.infolinia.contactcenter.announcement;

import java.util.ArrayList;
import java.util.List;

/**
 * Polish numerals from 1 to 100 in the two forms the queue announcements need, each as a list
 * of words so that prompts can be concatenated.
 *
 * <p>Ordinals are masculine nominative ("dwudziesty trzeci"): in a compound ordinal both the tens
 * and the units are ordinal. Cardinals are genitive as "około" governs ("około dwudziestu dwóch
 * minut"), with two rules of Polish grammar: a lone 1 agrees with the feminine "minuta"
 * ("jednej"), while 1 at the end of a compound stays uninflected ("dwudziestu jeden").
 */
final class PolishNumerals {

    static final int MAX = 100;

    private static final String[] ORDINAL_UNITS = {"", "pierwszy", "drugi", "trzeci", "czwarty", "piąty",
            "szósty", "siódmy", "ósmy", "dziewiąty", "dziesiąty", "jedenasty", "dwunasty", "trzynasty",
            "czternasty", "piętnasty", "szesnasty", "siedemnasty", "osiemnasty", "dziewiętnasty"};
    private static final String[] ORDINAL_TENS = {"", "", "dwudziesty", "trzydziesty", "czterdziesty",
            "pięćdziesiąty", "sześćdziesiąty", "siedemdziesiąty", "osiemdziesiąty", "dziewięćdziesiąty"};
    private static final String[] GENITIVE_UNITS = {"", "jednej", "dwóch", "trzech", "czterech", "pięciu",
            "sześciu", "siedmiu", "ośmiu", "dziewięciu", "dziesięciu", "jedenastu", "dwunastu", "trzynastu",
            "czternastu", "piętnastu", "szesnastu", "siedemnastu", "osiemnastu", "dziewiętnastu"};
    private static final String[] GENITIVE_TENS = {"", "", "dwudziestu", "trzydziestu", "czterdziestu",
            "pięćdziesięciu", "sześćdziesięciu", "siedemdziesięciu", "osiemdziesięciu", "dziewięćdziesięciu"};

    private PolishNumerals() {
    }

    /** "pierwszy" … "dziewięćdziesiąty dziewiąty", "setny". */
    static List<Word> ordinal(int n) {
        checkRange(n);
        if (n == MAX) {
            return List.of(new Word("porzadkowy-100", "setny"));
        }
        List<Word> words = new ArrayList<>();
        if (n >= 20) {
            words.add(new Word("porzadkowy-" + (n / 10 * 10), ORDINAL_TENS[n / 10]));
            n %= 10;
        }
        if (n > 0) {
            words.add(new Word("porzadkowy-" + n, ORDINAL_UNITS[n]));
        }
        return List.copyOf(words);
    }

    /** "jednej" … "dziewięćdziesięciu dziewięciu", "stu". */
    static List<Word> genitive(int n) {
        checkRange(n);
        if (n == MAX) {
            return List.of(new Word("dopelniacz-100", "stu"));
        }
        List<Word> words = new ArrayList<>();
        boolean compound = n >= 20;
        if (compound) {
            words.add(new Word("dopelniacz-" + (n / 10 * 10), GENITIVE_TENS[n / 10]));
            n %= 10;
        }
        if (n == 1 && compound) {
            words.add(new Word("jeden", "jeden"));
        } else if (n > 0) {
            words.add(new Word("dopelniacz-" + n, GENITIVE_UNITS[n]));
        }
        return List.copyOf(words);
    }

    /** Every numeral word the announcements can use, for generating or checking prompt files. */
    static List<Word> all() {
        List<Word> words = new ArrayList<>();
        for (int n = 1; n <= MAX; n++) {
            for (Word w : ordinal(n)) {
                if (!words.contains(w)) {
                    words.add(w);
                }
            }
            for (Word w : genitive(n)) {
                if (!words.contains(w)) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    private static void checkRange(int n) {
        if (n < 1 || n > MAX) {
            throw new IllegalArgumentException("numeral out of 1.." + MAX + ": " + n);
        }
    }
}
