package pl.infolinia.contactcenter.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptSetTest {

    private final PromptSet polish = PromptSet.polish();

    @Test
    void shipsEveryPromptTheDemoFlowPlays() {
        assertThat(polish.names())
                .containsAll(PromptsNamedElsewhere.demoFlowNodePrompts())
                .containsAll(PromptsNamedElsewhere.demoFlowTexts().keySet());
    }

    @Test
    void saysWhatTheDemoFlowSaysEachPromptMustSay() {
        PromptsNamedElsewhere.demoFlowTexts().forEach((name, text) ->
                assertThat(polish.text(name)).as(name).isEqualTo(text));
    }

    @Test
    void saysEveryWordOfTheQueueAnnouncements() {
        Map<String, String> words = PromptsNamedElsewhere.queueAnnouncementTexts();
        assertThat(words).hasSizeGreaterThan(60);
        words.forEach((name, text) -> assertThat(polish.text(name)).as(name).isEqualTo(text));
    }

    @Test
    void shipsEveryCallPrompt() {
        assertThat(PromptsNamedElsewhere.callPrompts()).hasSize(10).doesNotHaveDuplicates();
        assertThat(polish.names()).containsAll(PromptsNamedElsewhere.callPrompts());
        assertThat(polish.text(CallPrompts.PLEASE_WAIT)).startsWith("Wszyscy konsultanci są teraz zajęci.");
        assertThat(polish.text(CallPrompts.BEEP)).isEqualTo("(sygnał 1 kHz)");
    }

    @Test
    void shipsNothingThatNoFlowAnnouncementOrCallPlays() {
        List<String> named = new ArrayList<>(PromptsNamedElsewhere.demoFlowTexts().keySet());
        named.addAll(PromptsNamedElsewhere.queueAnnouncementTexts().keySet());
        named.addAll(PromptsNamedElsewhere.callPrompts());
        assertThat(polish.names()).containsExactlyInAnyOrderElementsOf(named);
    }

    @Test
    void refusesATextForAnUnknownPrompt() {
        assertThatThrownBy(() -> polish.text("powitanie-swiateczne"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no shipped prompt 'powitanie-swiateczne' in prompts/pl/prompts.tsv");
    }

    @Test
    void installsEveryShippedWavIntoAFolderItCreates(@TempDir Path data) throws IOException {
        Path prompts = data.resolve("prompts");

        assertThat(polish.installInto(prompts)).isEqualTo(polish.names().size());

        try (var files = Files.list(prompts)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(polish.names().stream().map(name -> name + ".wav").toList());
        }
        assertThat(prompts.resolve(CallPrompts.MUSIC_ON_HOLD + ".wav")).hasBinaryContent(shipped(CallPrompts.MUSIC_ON_HOLD));
        assertThat(prompts.resolve("powitanie.wav")).hasBinaryContent(shipped("powitanie"));
    }

    @Test
    void keepsARecordingThatReplacedAShippedPrompt(@TempDir Path prompts) throws IOException {
        byte[] recorded = "a consultant's recorded greeting".getBytes();
        Files.write(prompts.resolve("powitanie.wav"), recorded);

        int copied = polish.installInto(prompts);

        assertThat(copied).isEqualTo(polish.names().size() - 1);
        assertThat(prompts.resolve("powitanie.wav")).hasBinaryContent(recorded);
    }

    @Test
    void copiesNothingOnTheNextStart(@TempDir Path prompts) throws IOException {
        polish.installInto(prompts);

        assertThat(polish.installInto(prompts)).isZero();
    }

    private static byte[] shipped(String name) throws IOException {
        try (InputStream wav = PromptSet.class.getClassLoader().getResourceAsStream("prompts/pl/" + name + ".wav")) {
            return wav.readAllBytes();
        }
    }
}
