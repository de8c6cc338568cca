package pl.infolinia.server.desk;

import java.text.Normalizer;
import java.util.Locale;

/** Text as the desk's filters compare it: lower case, without Polish diacritics, so "lodz" finds "Łódź". */
final class FoldedText {

    private FoldedText() {
    }

    static String of(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('ł', 'l');
    }
}
