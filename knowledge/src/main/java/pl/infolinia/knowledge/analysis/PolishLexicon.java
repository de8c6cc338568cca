package pl.infolinia.knowledge.analysis;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import morfologik.fsa.FSA;
import morfologik.stemming.Dictionary;
import morfologik.stemming.polish.PolishStemmer;

/**
 * The Morfologik dictionary of Polish word forms (PoliMorf), asked whether a form exists.
 *
 * <p>Immutable and thread-safe; load it once and share it, since it holds a few megabytes.
 * Lookups walk the dictionary's automaton byte by byte, which lets {@link #withDiacritics}
 * prune every spelling whose beginning is not the beginning of any Polish word.
 */
public final class PolishLexicon {

    // which Polish letter a citizen may have typed without its diacritic
    private static final String PLAIN = "acelnoszz";
    private static final String MARKED = "ąćęłńóśżź";
    // a word with many a, e, o, s, z could still mean thousands of walks; stop well before that
    private static final int MAX_STEPS = 20_000;

    private final FSA fsa;
    private final Charset charset;
    private final byte separator;
    private final Dictionary dictionary;

    private PolishLexicon(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.fsa = dictionary.fsa;
        this.charset = Charset.forName(dictionary.metadata.getEncoding());
        this.separator = dictionary.metadata.getSeparator();
    }

    /** The lexicon of the PoliMorf dictionary that ships with morfologik-polish, loaded once. */
    public static PolishLexicon polimorf() {
        return Holder.INSTANCE;
    }

    /** The underlying Morfologik dictionary, for Lucene's {@code MorfologikFilter}. */
    Dictionary dictionary() {
        return dictionary;
    }

    /** Whether the exact form, such as "dowodu", is a Polish word form. */
    public boolean knows(CharSequence form) {
        int node = walk(fsa.getRootNode(), form, 0, form.length());
        return node > 0 && fsa.getArc(node, separator) != 0;
    }

    /**
     * Known spellings of the form with diacritics added where a citizen may have left them out.
     *
     * <p>"zasilek" gives [zasiłek], "dowod" gives [dowód]; a form that is itself a word, or that no
     * marking turns into one, gives an empty list.
     *
     * @param max the most spellings to return
     */
    public List<String> withDiacritics(String form, int max) {
        if (knows(form)) {
            return new ArrayList<>();
        }
        return spellings(form, max);
    }

    /**
     * Every known spelling of the form with some of its letters marked, the form itself included
     * if it is a word: "bron" gives [bron, broń], since "bron" is also a form of "brona".
     *
     * @param max the most spellings to return
     */
    public List<String> spellings(String form, int max) {
        List<String> found = new ArrayList<>();
        int[] steps = {0};
        restore(fsa.getRootNode(), form.toCharArray(), 0, found, max, steps);
        return found;
    }

    private void restore(int node, char[] form, int at, List<String> found, int max, int[] steps) {
        if (found.size() >= max || ++steps[0] > MAX_STEPS) {
            return;
        }
        if (at == form.length) {
            if (fsa.getArc(node, separator) != 0) {
                found.add(new String(form));
            }
            return;
        }
        char typed = form[at];
        for (char candidate : candidates(typed)) {
            int next = step(node, candidate);
            if (next > 0) {
                form[at] = candidate;
                restore(next, form, at + 1, found, max, steps);
                form[at] = typed;
            }
        }
    }

    private static char[] candidates(char typed) {
        StringBuilder options = new StringBuilder().append(typed);
        for (int i = 0; i < PLAIN.length(); i++) {
            if (PLAIN.charAt(i) == typed) {
                options.append(MARKED.charAt(i));
            }
        }
        return options.toString().toCharArray();
    }

    private int walk(int node, CharSequence form, int from, int to) {
        for (int i = from; i < to && node > 0; i++) {
            node = step(node, form.charAt(i));
        }
        return node;
    }

    /** The node after the letter, or 0 if no word continues with it. */
    private int step(int node, char letter) {
        for (byte b : String.valueOf(letter).getBytes(charset)) {
            int arc = fsa.getArc(node, b);
            if (arc == 0 || fsa.isArcTerminal(arc)) {
                return 0;
            }
            node = fsa.getEndNode(arc);
        }
        return node;
    }

    private static final class Holder {
        static final PolishLexicon INSTANCE = new PolishLexicon(new PolishStemmer().getDictionary());
    }
}
