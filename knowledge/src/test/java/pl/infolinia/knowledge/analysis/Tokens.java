package pl.infolinia.knowledge.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/** The tokens an analyzer makes of a text, in the shapes the tests compare. */
final class Tokens {

    private Tokens() {
    }

    /** Terms in stream order. */
    static List<String> of(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        read(analyzer, text, (term, increment, length) -> terms.add(term));
        return terms;
    }

    /** Terms grouped by position: stacked lemmas share one inner list. */
    static List<List<String>> byPosition(Analyzer analyzer, String text) {
        List<List<String>> positions = new ArrayList<>();
        read(analyzer, text, (term, increment, length) -> {
            if (increment > 0 || positions.isEmpty()) {
                positions.add(new ArrayList<>());
            }
            positions.getLast().add(term);
        });
        return positions;
    }

    /** Terms as "term@position/length", showing the graph a synonym builds. */
    static List<String> graph(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        int[] position = {-1};
        read(analyzer, text, (term, increment, length) -> {
            position[0] += increment;
            tokens.add(term + "@" + position[0] + "/" + length);
        });
        return tokens;
    }

    interface Sink {
        void token(String term, int increment, int length);
    }

    private static void read(Analyzer analyzer, String text, Sink sink) {
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.token(term.toString(), increment.getPositionIncrement(), length.getPositionLength());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
