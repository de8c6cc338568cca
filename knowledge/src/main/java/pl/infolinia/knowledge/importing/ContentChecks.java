package pl.infolinia.knowledge.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.taxonomy.Offices;
import pl.infolinia.knowledge.taxonomy.Taxonomy;

/** Checks what needs the whole import: unique ids, known sections and offices, links that resolve. */
final class ContentChecks {

    private final List<ImportProblem> problems;

    ContentChecks(List<ImportProblem> problems) {
        this.problems = problems;
    }

    /**
     * Checks the articles read against each other and the taxonomy.
     *
     * @param fileIds ids named by article files, so that a link to an article that failed to
     *                read is not also reported as a link to a missing one
     */
    void check(List<ParsedArticle> articles, Set<String> fileIds, Taxonomy taxonomy, Offices offices) {
        Map<String, String> firstFileById = new HashMap<>();
        for (ParsedArticle parsed : articles) {
            Article article = parsed.article();
            String previous = firstFileById.putIfAbsent(article.id().value(), parsed.file());
            if (previous != null) {
                problems.add(new ImportProblem(parsed.file(), parsed.lineOf("id"), "id",
                        "duplicate id '" + article.id() + "', already used by " + previous));
            }
            checkPlacement(parsed, taxonomy);
            if (offices.find(article.office()).isEmpty()) {
                problems.add(new ImportProblem(parsed.file(), parsed.lineOf("office"), "office",
                        "unknown office '" + article.office() + "' (not in offices.yaml)"));
            }
        }
        Set<String> ids = articles.stream().map(p -> p.article().id().value())
                .collect(Collectors.toCollection(HashSet::new));
        ids.addAll(fileIds);
        for (ParsedArticle parsed : articles) {
            parsed.linkLines().forEach((target, line) -> {
                if (!ids.contains(target)) {
                    problems.add(new ImportProblem(parsed.file(), line, "Zobacz też",
                            "link [[" + target + "]] points to a missing article"));
                }
            });
        }
    }

    private void checkPlacement(ParsedArticle parsed, Taxonomy taxonomy) {
        var placement = parsed.article().placement();
        var section = taxonomy.section(placement.section());
        if (section.isEmpty()) {
            problems.add(new ImportProblem(parsed.file(), parsed.lineOf("section"), "section",
                    "unknown section '" + placement.section() + "' (not in taxonomy.yaml)"));
            return;
        }
        var category = section.get().category(placement.category());
        if (category.isEmpty()) {
            problems.add(new ImportProblem(parsed.file(), parsed.lineOf("category"), "category",
                    "unknown category '" + placement.category() + "' in section '" + placement.section() + "'"));
            return;
        }
        if (category.get().group(placement.group()).isEmpty()) {
            problems.add(new ImportProblem(parsed.file(), parsed.lineOf("group"), "group",
                    "unknown group '" + placement.group() + "' in category '" + placement.category() + "'"));
        }
    }
}
