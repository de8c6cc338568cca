package pl.infolinia.knowledge.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The synonym dictionary that knowledge-base editors maintain: groups of phrases meaning the same.
 *
 * <p>Written one group a line, phrases separated by commas, {@code #} starting a comment:
 * {@code becikowe, jednorazowa zapomoga z tytułu urodzenia dziecka}. Phrases are matched after
 * analysis, so any inflected form and any spelling without diacritics of a phrase matches.
 *
 * @param groups each group lists phrases that mean the same thing
 */
public record Synonyms(List<List<String>> groups) {

    public Synonyms {
        groups = groups.stream().map(List::copyOf).filter(g -> g.size() > 1).toList();
    }

    /** No synonyms at all. */
    public static Synonyms none() {
        return new Synonyms(List.of());
    }

    /** The synonyms that ship with the demo knowledge base, for a start with no editor's list yet. */
    public static Synonyms demo() {
        try (InputStream in = Synonyms.class.getResourceAsStream("/demo/synonyms.txt")) {
            if (in == null) {
                throw new IllegalStateException("the demo synonyms are missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the one-group-a-line text format; blank lines and {@code #} comments are skipped. */
    public static Synonyms parse(String text) {
        List<List<String>> groups = new ArrayList<>();
        for (String line : text.split("\\R")) {
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!content.isEmpty()) {
                groups.add(Arrays.stream(content.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList());
            }
        }
        return new Synonyms(groups);
    }

    /** The text format of these groups, which {@link #parse} reads back. */
    public String format() {
        StringBuilder text = new StringBuilder();
        groups.forEach(g -> text.append(String.join(", ", g)).append('\n'));
        return text.toString();
    }
}
