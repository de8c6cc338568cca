package pl.infolinia.knowledge.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pl.infolinia.knowledge.article.ArticleId;

class DemoKnowledgeBaseTest {

    @Test
    void demoKnowledgeBaseImportsWithoutProblems() {
        KnowledgeContent demo = new KnowledgeImport().demo();

        assertThat(demo.articles()).hasSize(123);
        assertThat(demo.offices().all()).hasSizeGreaterThanOrEqualTo(34);
        assertThat(demo.articles()).anySatisfy(article -> {
            assertThat(article.id()).isEqualTo(new ArticleId("becikowe"));
            assertThat(article.summary()).startsWith("Becikowe to jednorazowo 1000 zł");
            assertThat(article.links()).contains("zasilek-rodzinny");
        });
    }
}
