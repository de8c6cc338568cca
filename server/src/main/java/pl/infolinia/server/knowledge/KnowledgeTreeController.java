package pl.infolinia.server.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleStatus;
import pl.infolinia.knowledge.taxonomy.Placement;
import pl.infolinia.server.security.SignedInUser;

/**
 * The knowledge base as a tree: sections, categories, service groups and their articles. Consultants
 * see published articles; editors see drafts and archived ones too, marked by name.
 */
@Controller
class KnowledgeTreeController {

    private final KnowledgeBase knowledge;
    private final ArticleAccess access;

    KnowledgeTreeController(KnowledgeBase knowledge, ArticleAccess access) {
        this.knowledge = knowledge;
        this.access = access;
    }

    @GetMapping("/kb/browse")
    String browse(@AuthenticationPrincipal SignedInUser me, Model model) {
        boolean editor = access.isEditor(me);
        Map<Placement, List<Article>> byPlace = knowledge.content().articles().stream()
                .filter(article -> editor || article.status() == ArticleStatus.PUBLISHED)
                .sorted(Comparator.comparing(Article::title))
                .collect(Collectors.groupingBy(Article::placement));
        model.addAttribute("editor", editor);
        model.addAttribute("sections", knowledge.taxonomy().sections().stream()
                .map(section -> new SectionView(section.name(), section.categories().stream()
                        .map(category -> new CategoryView(category.name(), category.groups().stream()
                                .map(group -> new GroupView(group.name(), byPlace.getOrDefault(
                                        new Placement(section.name(), category.name(), group.name()), List.of())))
                                .toList()))
                        .toList()))
                .toList());
        return "kb/browse";
    }

    /** A section as the page shows it. */
    record SectionView(String name, List<CategoryView> categories) {
    }

    /** A category as the page shows it. */
    record CategoryView(String name, List<GroupView> groups) {
    }

    /** A service group with the articles the reader may see. */
    record GroupView(String name, List<Article> articles) {
    }
}
