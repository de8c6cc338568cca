package pl.infolinia.contactcenter.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import pl.infolinia.telephony.media.WavReader;
/**
 * The telephone prompts Infolinia ships for one language: their names, the text each one says,
 * and their WAV files, to install into the folder the telephony engine plays prompts from.
 *
 * <p>The shipped WAVs are stand-ins made by {@code tools/generate-prompts} from the list
 * {@code prompts/pl/prompts.tsv}; a recording put in the prompts folder under the same name
 * replaces one, and {@link #installInto} never overwrites it. Everything is read through the
 * class loader, so the set works from this module's jar inside the server's fat jar.
 */
public final class PromptSet {

    private static final String POLISH = "prompts/pl/";

    private final String folder;
    private final Map<String, String> texts;

    private PromptSet(String folder, Map<String, String> texts) {
        this.folder = folder;
        this.texts = texts;
    }

    /** The Polish prompts, from {@code prompts/pl/} on the classpath. */
    public static PromptSet polish() {
        try (InputStream list = open(POLISH + "prompts.tsv")) {
            return new PromptSet(POLISH, PromptTsv.parse(POLISH + "prompts.tsv",
                    new String(list.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Every prompt name, in the order of the list. */
    public List<String> names() {
        return List.copyOf(texts.keySet());
    }

    /**
     * What the prompt says, in Polish; for the beep and the music, a description in parentheses.
     *
     * @throws IllegalArgumentException if no prompt of that name is shipped
     */
    public String text(String name) {
        String text = texts.get(name);
        if (text == null) {
            throw new IllegalArgumentException("no shipped prompt '" + name + "' in " + folder + "prompts.tsv");
        }
        return text;
    }

    /**
     * Copies every shipped WAV into {@code prompts} as {@code <name>.wav}, creating the folder.
     * A file already there is left as it is, so a recording that replaced a shipped prompt
     * survives every restart.
     *
     * @return how many files were copied
     */
    public int installInto(Path prompts) throws IOException {
        Files.createDirectories(prompts);
        int copied = 0;
        for (String name : texts.keySet()) {
            if (install(name, prompts.resolve(name + ".wav"))) {
                copied++;
            }
        }
        return copied;
    }

    /** How long the shipped prompt plays. */
    public Duration length(String name) throws IOException {
        text(name); // refuses a name that is not shipped
        try (InputStream wav = open(folder + name + ".wav")) {
            return WavReader.read(wav.readAllBytes()).duration();
        }
    }

    private boolean install(String name, Path target) throws IOException {
        if (Files.exists(target)) {
            return false;
        }
        // copied beside the target first: a start killed mid-copy must not leave a truncated
        // prompt that every later start would keep as if it were a replacement
        Path partial = target.resolveSibling(name + ".wav.part");
        try (InputStream wav = open(folder + name + ".wav")) {
            Files.copy(wav, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            Files.move(partial, target);
            return true;
        } catch (FileAlreadyExistsException uploadedMeanwhile) {
            Files.delete(partial);
            return false;
        }
    }

    private static InputStream open(String resource) {
        InputStream in = PromptSet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath: run tools/generate-prompts");
        }
        return in;
    }
}
