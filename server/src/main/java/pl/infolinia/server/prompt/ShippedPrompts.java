package pl.infolinia.server.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.prompt.PromptSet;

/**
 * The Polish prompts Infolinia ships: the only names an office may record its own version of.
 * A name outside the set is never used to build a path.
 */
@Component
class ShippedPrompts {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,64}");
    private static final String FOLDER = "prompts/pl/";

    private final PromptSet set = PromptSet.polish();

    List<String> names() {
        return set.names();
    }

    boolean isShipped(String name) {
        return name != null && NAME.matcher(name).matches() && set.names().contains(name);
    }

    String text(String name) {
        return set.text(name);
    }

    /** The shipped WAV, read from the contact centre module's resources. */
    byte[] wav(String name) {
        if (!isShipped(name)) {
            throw new IllegalArgumentException("no shipped prompt " + name);
        }
        try (InputStream in = PromptSet.class.getClassLoader().getResourceAsStream(FOLDER + name + ".wav")) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + name + ".wav is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
