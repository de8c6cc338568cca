package pl.infolinia.server.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.analysis.Synonyms;
import pl.infolinia.knowledge.readability.OfficialeseList;
import pl.infolinia.knowledge.readability.Readability;
import pl.infolinia.knowledge.search.LuceneArticleIndex;

/** Makes the {@link KnowledgeBase} from the database store and a Lucene index in its folder. */
@Configuration
class KnowledgeConfiguration {

    @Bean(destroyMethod = "close")
    LuceneArticleIndex articleIndex(@Value("${infolinia.kb.index.dir:${infolinia.data.dir:./data}/kb-index}") String folder) {
        return LuceneArticleIndex.open(existing(folder), Synonyms.demo());
    }

    @Bean
    KnowledgeBase knowledgeBase(JdbcArticleStore store, LuceneArticleIndex index, JdbcTaxonomyStore trees) {
        return new KnowledgeBase(store, index, new Readability(OfficialeseList.standard()), trees);
    }

    private static Path existing(String folder) {
        try {
            return Files.createDirectories(Path.of(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the search index folder " + folder, e);
        }
    }
}
