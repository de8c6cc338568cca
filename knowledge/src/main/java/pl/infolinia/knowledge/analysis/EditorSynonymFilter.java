package pl.infolinia.knowledge.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds the editors' synonyms of the phrases found in a query, as side paths of a token graph.
 *
 * <p>Lucene's SynonymGraphFilter cannot take the stacked lemmas that come before it, so this
 * filter reads the whole (short) query, matches phrases position by position against every
 * lemma, and writes each synonym as its own path from the phrase's first node to its last:
 * "l4 kto płacić" gets the path "zwolnienie lekarski" beside "l4". Query builders that read
 * graphs (Lucene's QueryBuilder) then require all words of a path. Meant for queries only.
 */
public final class EditorSynonymFilter extends TokenFilter {

    /** Token type of a term that a synonym added. */
    public static final String SYNONYM = "SYNONYM";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final EditorSynonyms synonyms;
    private final List<Out> output = new ArrayList<>();
    private boolean consumed;
    private int next;
    private int lastNode;

    public EditorSynonymFilter(TokenStream input, EditorSynonyms synonyms) {
        super(input);
        this.synonyms = synonyms;
    }

    /** One input token: its captured state and its term. */
    private record In(State state, String term) {
    }

    /** One output token: a node of the graph, how many nodes it spans, and a term if replaced. */
    private record Out(int node, int span, State state, String synonym) {
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!consumed) {
            consume();
            consumed = true;
        }
        if (next >= output.size()) {
            return false;
        }
        Out out = output.get(next++);
        restoreState(out.state());
        if (out.synonym() != null) {
            term.setEmpty().append(out.synonym());
            type.setType(SYNONYM);
        }
        increment.setPositionIncrement(out.node() - lastNode);
        length.setPositionLength(out.span());
        lastNode = out.node();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        output.clear();
        consumed = false;
        next = 0;
        lastNode = -1;
    }

    private void consume() throws IOException {
        List<List<In>> positions = new ArrayList<>();
        while (input.incrementToken()) {
            if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
                positions.add(new ArrayList<>());
            }
            positions.getLast().add(new In(captureState(), term.toString()));
        }
        List<List<List<Set<String>>>> groups = synonyms.rules().groups();
        int node = 0;
        for (int at = 0; at < positions.size(); ) {
            Match match = longestMatch(positions, at, groups);
            if (match == null) {
                addPosition(positions.get(at), node, 1);
                node++;
                at++;
            } else {
                node = addMatch(positions, at, match, groups.get(match.group()), node);
                at += match.length();
            }
        }
        // a stable sort keeps each node's stacked tokens in their input order
        output.sort(Comparator.comparingInt(Out::node));
    }

    private record Match(int group, int phrase, int length) {
    }

    private static Match longestMatch(List<List<In>> positions, int at, List<List<List<Set<String>>>> groups) {
        Match best = null;
        for (int g = 0; g < groups.size(); g++) {
            List<List<Set<String>>> phrases = groups.get(g);
            for (int p = 0; p < phrases.size(); p++) {
                List<Set<String>> phrase = phrases.get(p);
                if ((best == null || phrase.size() > best.length()) && matches(positions, at, phrase)) {
                    best = new Match(g, p, phrase.size());
                }
            }
        }
        return best;
    }

    private static boolean matches(List<List<In>> positions, int at, List<Set<String>> phrase) {
        if (at + phrase.size() > positions.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            Set<String> wanted = phrase.get(i);
            if (positions.get(at + i).stream().noneMatch(in -> wanted.contains(in.term()))) {
                return false;
            }
        }
        return true;
    }

    /** Lays out the matched words and each synonym as parallel paths; returns the node after them. */
    private int addMatch(List<List<In>> positions, int at, Match match, List<List<Set<String>>> phrases, int start) {
        int extra = 0;
        for (int p = 0; p < phrases.size(); p++) {
            if (p != match.phrase()) {
                extra += phrases.get(p).size() - 1;
            }
        }
        // the matched words take nodes start..start+n-1; each synonym's inner nodes come after
        // them, so that no two paths share an inner node and mix into false phrases
        int end = start + match.length() + extra;
        for (int i = 0; i < match.length(); i++) {
            boolean last = i == match.length() - 1;
            addPosition(positions.get(at + i), start + i, last ? end - (start + i) : 1);
        }
        State template = positions.get(at).getFirst().state();
        int inner = start + match.length() - 1;
        for (int p = 0; p < phrases.size(); p++) {
            if (p == match.phrase()) {
                continue;
            }
            List<Set<String>> phrase = phrases.get(p);
            int from = start;
            for (int i = 0; i < phrase.size(); i++) {
                int to = i == phrase.size() - 1 ? end : ++inner;
                for (String synonym : phrase.get(i)) {
                    output.add(new Out(from, to - from, template, synonym));
                }
                from = to;
            }
        }
        return end;
    }

    private void addPosition(List<In> tokens, int node, int span) {
        for (In in : tokens) {
            output.add(new Out(node, span, in.state(), null));
        }
    }
}
