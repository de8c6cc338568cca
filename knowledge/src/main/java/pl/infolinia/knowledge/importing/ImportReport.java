package pl.infolinia.knowledge.importing;

import java.util.List;
import pl.infolinia.knowledge.article.ArticleVersion;

/**
 * What an import found and, if it was applied, what it changed.
 *
 * @param problems every problem found, empty when the import is valid
 * @param content  what could be read; complete only when there are no problems
 * @param written  the article versions the import wrote: empty for a dry run and for a repeat
 *                 of an import that changed nothing
 */
public record ImportReport(List<ImportProblem> problems, KnowledgeContent content, List<ArticleVersion> written) {

    public ImportReport {
        problems = List.copyOf(problems);
        written = List.copyOf(written);
    }

    /** Whether the import can be applied. */
    public boolean valid() {
        return problems.isEmpty();
    }
}
