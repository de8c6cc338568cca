package pl.infolinia.contactcenter.announcement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a waiting caller hears about their place and wait, in correct Polish: "jesteś trzeci w
 * kolejce", "około 1 minuty", "około 22 minut".
 *
 * <p>Positions 1 to 100 are said exactly, as masculine ordinals ("jesteś dwudziesty pierwszy w
 * kolejce"): the masculine form is the one Polish uses for an unknown person, and compound
 * ordinals are ordinary speech. Past 100 a number stops helping the caller, so the sentence
 * becomes "jesteś dalej niż setny w kolejce". Waits are rounded up to whole minutes, at least one;
 * past 100 minutes the caller hears "ponad 100 minut".
 */
public final class QueueAnnouncements {

    private static final Word JESTES = new Word("jestes", "jesteś");
    private static final Word W_KOLEJCE = new Word("w-kolejce", "w kolejce");
    private static final Word DALEJ_NIZ = new Word("dalej-niz", "dalej niż");
    private static final Word OKOLO = new Word("okolo", "około");
    private static final Word PONAD = new Word("ponad", "ponad");
    private static final Word STO = new Word("sto", "sto");
    private static final Word MINUTY = new Word("minuty", "minuty");
    private static final Word MINUT = new Word("minut", "minut");

    private QueueAnnouncements() {
    }

    /** "jesteś pierwszy w kolejce" for position 1 (the next call to be answered). */
    public static Announcement position(int position) {
        if (position < 1) {
            throw new IllegalArgumentException("queue positions start at 1: " + position);
        }
        List<Word> words = new ArrayList<>();
        words.add(JESTES);
        if (position > PolishNumerals.MAX) {
            words.add(DALEJ_NIZ);
            words.addAll(PolishNumerals.ordinal(PolishNumerals.MAX));
        } else {
            words.addAll(PolishNumerals.ordinal(position));
        }
        words.add(W_KOLEJCE);
        String spoken = Announcement.of("", words).spoken();
        return new Announcement(spoken, spoken, words.stream().map(Word::prompt).toList());
    }

    /** "około 4 minut" for an estimate of 3 minutes 10 seconds (rounded up, never below one minute). */
    public static Announcement estimatedWait(Duration estimate) {
        long seconds = Math.max(0, estimate.toSeconds());
        return minutes((int) Math.min(Integer.MAX_VALUE, Math.max(1, (seconds + 59) / 60)));
    }

    /** "około 1 minuty", "około 5 minut", "około 21 minut"; above 100, "ponad 100 minut". */
    public static Announcement minutes(int minutes) {
        if (minutes < 1) {
            throw new IllegalArgumentException("a wait is announced in whole minutes from 1: " + minutes);
        }
        if (minutes > PolishNumerals.MAX) {
            return Announcement.of("ponad 100 minut", List.of(PONAD, STO, MINUT));
        }
        List<Word> words = new ArrayList<>();
        words.add(OKOLO);
        words.addAll(PolishNumerals.genitive(minutes));
        // "około" governs the genitive: singular "minuty" only for a lone one, plural "minut" otherwise
        Word noun = minutes == 1 ? MINUTY : MINUT;
        words.add(noun);
        return Announcement.of("około " + minutes + " " + noun.text(), words);
    }

    /**
     * Every prompt these announcements can play, with the Polish words it must say, in a stable
     * order: what a prompt generator (espeak-ng now, a recorded voice later) has to produce.
     */
    public static Map<String, String> prompts() {
        Map<String, String> prompts = new LinkedHashMap<>();
        for (Word w : List.of(JESTES, W_KOLEJCE, DALEJ_NIZ, OKOLO, PONAD, STO, MINUTY, MINUT)) {
            prompts.put(w.prompt(), w.text());
        }
        for (Word w : PolishNumerals.all()) {
            prompts.put(w.prompt(), w.text());
        }
        return prompts;
    }
}
