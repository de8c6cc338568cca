package pl.infolinia.contactcenter.prompt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a prompt list: one line per prompt, its name, a tab, and the Polish text it says.
 *
 * <p>The same file drives {@code tools/generate-prompts}, so a name must be usable as a file
 * name on every system and a text must not contain a second tab.
 */
final class PromptTsv {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private PromptTsv() {
    }

    /**
     * Texts by prompt name, in the order of the lines; blank lines are skipped.
     *
     * @param source the file name to show in problems, e.g. {@code prompts/pl/prompts.tsv}
     */
    static Map<String, String> parse(String source, String content) {
        Map<String, String> texts = new LinkedHashMap<>();
        String[] lines = content.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            String where = source + ":" + (i + 1) + ": ";
            if (fields.length != 2 || fields[1].isBlank()) {
                throw new IllegalArgumentException(where + "expected a name, a tab and a text, got '" + line + "'");
            }
            if (!NAME.matcher(fields[0]).matches()) {
                throw new IllegalArgumentException(where + "prompt name '" + fields[0]
                        + "' is not lowercase letters and digits joined by dashes");
            }
            if (texts.putIfAbsent(fields[0], fields[1]) != null) {
                throw new IllegalArgumentException(where + "prompt '" + fields[0] + "' is listed twice");
            }
        }
        return texts;
    }
}
