package pl.infolinia.knowledge.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pl.infolinia.knowledge.article.BodySection;

class ArticleMarkdownTest {

    @Test
    void writesAndReadsBackTheSections() {
        List<BodySection> body = List.of(new BodySection("W skrócie", "Krótko."),
                new BodySection("Co przygotować", "- dowód\n- zdjęcie"));

        ArticleMarkdown.Parsed parsed = ArticleMarkdown.read(ArticleMarkdown.write(body));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.sections()).isEqualTo(body);
    }

    @Test
    void refusesAScriptWithItsLineAndAMissingSummary() {
        ArticleMarkdown.Parsed parsed = ArticleMarkdown.read("## Kogo dotyczy\n\n<script>alert(1)</script>\n");

        assertThat(parsed.problems()).extracting(ImportProblem::toString).containsExactly(
                "body:3 [Kogo dotyczy]: a <script> element is not allowed; articles are plain Markdown",
                "body:1 [W skrócie]: missing section '## W skrócie'");
    }
}
