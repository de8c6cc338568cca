package pl.infolinia.knowledge.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Questions with their acceptable answers, read from TSV.
 *
 * <p>One question a line: the question, a tab, then comma-separated article ids. Lines starting
 * with {@code #} and blank lines are skipped.
 *
 * @param questions the questions in file order
 */
public record QuestionSet(List<Question> questions) {

    public QuestionSet {
        questions = List.copyOf(questions);
    }

    /** Reads a question file. */
    public static QuestionSet read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the questions in " + file, e);
        }
    }

    /** The development question set that ships with the module. */
    public static QuestionSet dev() {
        try (InputStream in = QuestionSet.class.getResourceAsStream("/demo/eval/dev.tsv")) {
            if (in == null) {
                throw new IllegalStateException("the development questions are missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the TSV text.
     *
     * @throws IllegalArgumentException naming the line, if a line has no tab or no ids
     */
    public static QuestionSet parse(String text) {
        List<Question> questions = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected question<TAB>ids");
            }
            var ids = Arrays.stream(line.substring(tab + 1).split(",")).map(String::strip)
                    .filter(id -> !id.isEmpty()).collect(Collectors.toSet());
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("line " + (i + 1) + ": no acceptable article ids");
            }
            questions.add(new Question(line.substring(0, tab).strip(), ids, i + 1));
        }
        return new QuestionSet(questions);
    }
}
