package pl.infolinia.server.knowledge;

import java.util.ArrayList;
import java.util.List;
import pl.infolinia.knowledge.analysis.Synonyms;

/**
 * The editors' synonyms as they type them (one group a line, phrases separated by commas, {@code #}
 * comments), checked line by line before anything is saved.
 */
record SynonymList(String text) {

    static final int MAX_LINES = 5000;
    static final int MAX_PHRASE = 100;

    /** The problems of the text, each naming its line; empty when it can be saved. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        if (lines.length > MAX_LINES) {
            problems.add("at most " + MAX_LINES + " lines");
        }
        for (int number = 1; number <= Math.min(lines.length, MAX_LINES); number++) {
            String line = lines[number - 1];
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            List<String> phrases = List.of(content.split(",")).stream().map(String::strip)
                    .filter(phrase -> !phrase.isEmpty()).toList();
            if (phrases.size() < 2) {
                problems.add("line " + number + ": a group needs at least two phrases separated by commas");
            } else if (phrases.stream().anyMatch(phrase -> phrase.length() > MAX_PHRASE)) {
                problems.add("line " + number + ": a phrase may have at most " + MAX_PHRASE + " characters");
            } else if (phrases.stream().anyMatch(phrase -> phrase.contains("<") || phrase.contains(">"))) {
                problems.add("line " + number + ": phrases are plain words, without < or >");
            }
        }
        return problems;
    }

    Synonyms synonyms() {
        return Synonyms.parse(text);
    }
}
