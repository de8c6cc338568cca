package pl.infolinia.contactcenter.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class PromptTsvTest {

    @Test
    void readsNamesAndTextsInTheOrderOfTheLines() {
        assertThat(PromptTsv.parse("prompts.tsv", "jestes\tjesteś\r\n\nw-kolejce\tw kolejce\n"))
                .containsExactly(entry("jestes", "jesteś"), entry("w-kolejce", "w kolejce"));
    }

    @Test
    void pointsAtALineWithoutATab() {
        assertThatThrownBy(() -> PromptTsv.parse("prompts.tsv", "jestes\tjesteś\nw-kolejce w kolejce\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prompts.tsv:2: expected a name, a tab and a text, got 'w-kolejce w kolejce'");
    }

    @Test
    void refusesANameThatIsNoPlainFileName() {
        assertThatThrownBy(() -> PromptTsv.parse("prompts.tsv", "../powitanie\tDzień dobry.\n"))
                .hasMessageContaining("prompts.tsv:1: prompt name '../powitanie' is not lowercase");
        assertThatThrownBy(() -> PromptTsv.parse("prompts.tsv", "jesteś\tjesteś\n"))
                .hasMessageContaining("prompt name 'jesteś' is not lowercase");
    }

    @Test
    void refusesAPromptListedTwice() {
        assertThatThrownBy(() -> PromptTsv.parse("prompts.tsv", "sto\tsto\nminut\tminut\nsto\tstu\n"))
                .hasMessage("prompts.tsv:3: prompt 'sto' is listed twice");
    }
}
