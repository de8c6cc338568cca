package pl.infolinia.telephony;

import java.nio.file.Path;

/**
 * Names audio to play: a prompt by name from the prompts folder, or a WAV file.
 *
 * <p>Prompts and files must be 8 kHz mono WAV, 16-bit PCM, µ-law or A-law.
 */
public record MediaUri(String value) {

    public MediaUri {
        if (!value.startsWith("prompt:") && !value.startsWith("file:")) {
            throw new IllegalArgumentException("media URI must start with prompt: or file:, got " + value);
        }
    }

    /** A prompt by name, e.g. {@code powitanie} for {@code prompts/powitanie.wav}. */
    public static MediaUri prompt(String name) {
        if (name.contains("/") || name.contains("\\") || name.contains("..")) {
            throw new IllegalArgumentException("a prompt name is a plain name, got " + name);
        }
        return new MediaUri("prompt:" + name);
    }

    public static MediaUri file(Path file) {
        return new MediaUri("file:" + file.toAbsolutePath());
    }

    /** The WAV file this URI stands for, prompts resolved in {@code prompts}. */
    public Path resolve(Path prompts) {
        return value.startsWith("prompt:")
                ? prompts.resolve(value.substring("prompt:".length()) + ".wav")
                : Path.of(value.substring("file:".length()));
    }
}
