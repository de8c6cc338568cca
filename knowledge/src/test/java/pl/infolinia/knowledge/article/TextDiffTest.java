package pl.infolinia.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pl.infolinia.knowledge.article.TextDiff.Change;
import pl.infolinia.knowledge.article.TextDiff.Line;

class TextDiffTest {

    @Test
    void keepsCommonLinesAndMarksRemovedBeforeAdded() {
        assertThat(TextDiff.between("tytuł\nstare zdanie\nkoniec\n", "tytuł\nnowe zdanie\nkoniec\ndopisek\n"))
                .containsExactly(new Line(Change.SAME, "tytuł"), new Line(Change.REMOVED, "stare zdanie"),
                        new Line(Change.ADDED, "nowe zdanie"), new Line(Change.SAME, "koniec"),
                        new Line(Change.ADDED, "dopisek"));
    }

    @Test
    void equalTextsHaveNoChangesAndEmptyTextsNoLines() {
        assertThat(TextDiff.between("a\nb", "a\nb")).extracting(Line::change).containsOnly(Change.SAME);
        assertThat(TextDiff.between("", "")).isEmpty();
        assertThat(TextDiff.between("", "a")).containsExactly(new Line(Change.ADDED, "a"));
    }
}
