package pl.infolinia.contactcenter.announcement;

import java.util.List;
import java.util.Objects;

/**
 * One sentence for the caller in three forms: as text to show (digits where a person would write
 * them), as the words a speaker says, and as the prompt files to play one after another.
 *
 * <p>{@code text}: "około 4 minut"; {@code spoken}: "około czterech minut"; {@code prompts}:
 * {@code [okolo, dopelniacz-4, minut]}. Prompt names are file names without ".wav".
 */
public record Announcement(String text, String spoken, List<String> prompts) {

    public Announcement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(spoken, "spoken");
        prompts = List.copyOf(prompts);
    }

    static Announcement of(String text, List<Word> words) {
        return new Announcement(text,
                String.join(" ", words.stream().map(Word::text).toList()),
                words.stream().map(Word::prompt).toList());
    }
}
