package pl.infolinia.knowledge.importing;

import java.util.Objects;

/**
 * One thing wrong with an import, pointing at where an editor can fix it.
 *
 * @param file    path inside the import, such as {@code articles/becikowe.md}
 * @param line    1-based line in that file, or 0 when the problem concerns the whole file
 * @param field   the front-matter field or section concerned, or an empty string
 * @param message what is wrong, in a sentence
 */
public record ImportProblem(String file, int line, String field, String message) {

    public ImportProblem {
        Objects.requireNonNull(file, "file");
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (field.isEmpty() ? "" : " [" + field + "]") + ": " + message;
    }
}
