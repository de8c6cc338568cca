package pl.infolinia.knowledge.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Names the fields that differ between two states of an article, for the version history. */
public final class ArticleChanges {

    private ArticleChanges() {
    }

    /** The changed fields of {@code after} against {@code before}, in a fixed order; empty when equal. */
    public static List<String> between(Article before, Article after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "title", before.title(), after.title());
        compare(changed, "placement", before.placement(), after.placement());
        compare(changed, "office", before.office(), after.office());
        compare(changed, "handledBy", before.handledBy(), after.handledBy());
        compare(changed, "updated", before.updated(), after.updated());
        compare(changed, "style", before.style(), after.style());
        compare(changed, "status", before.status(), after.status());
        Set<String> headings = new LinkedHashSet<>();
        before.body().forEach(s -> headings.add(s.heading()));
        after.body().forEach(s -> headings.add(s.heading()));
        for (String heading : headings) {
            compare(changed, "body:" + heading, before.section(heading), after.section(heading));
        }
        // a reordering alone changes nothing above, yet it is an edit
        if (changed.isEmpty() && !before.body().equals(after.body())) {
            changed.add("body");
        }
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
