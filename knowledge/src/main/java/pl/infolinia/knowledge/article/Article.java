package pl.infolinia.knowledge.article;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.infolinia.knowledge.taxonomy.OfficeCode;
import pl.infolinia.knowledge.taxonomy.Placement;

/**
 * One public service as the knowledge base describes it to consultants.
 *
 * <p>Immutable: an edit makes a new {@code Article}, and the {@link ArticleStore} keeps the old one
 * as a version.
 *
 * @param id        stable slug
 * @param title     the service's name as an office writes it
 * @param placement section, category and service group
 * @param office    the responsible office, where a call about the service can be transferred
 * @param handledBy who actually handles the matter for the citizen ("urząd gminy", "ZUS")
 * @param updated   date of the last review
 * @param style     plain or official language
 * @param body      the body sections in order
 * @param status    draft, published or archived
 */
public record Article(
        ArticleId id,
        String title,
        Placement placement,
        OfficeCode office,
        String handledBy,
        LocalDate updated,
        WritingStyle style,
        List<BodySection> body,
        ArticleStatus status) {

    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\]]+)]]");

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(office, "office");
        handledBy = handledBy == null ? "" : handledBy;
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(style, "style");
        body = List.copyOf(body);
        Objects.requireNonNull(status, "status");
    }

    /** The "W skrócie" summary, or an empty string if the article has none. */
    public String summary() {
        return section(BodySection.SUMMARY);
    }

    /** The Markdown of the section with this heading, or an empty string. */
    public String section(String heading) {
        return body.stream().filter(s -> s.heading().equals(heading))
                .map(BodySection::markdown).findFirst().orElse("");
    }

    /** The ids this article links to with {@code [[id]]}, in order of appearance. */
    public Set<String> links() {
        Set<String> links = new LinkedHashSet<>();
        for (BodySection section : body) {
            Matcher m = LINK.matcher(section.markdown());
            while (m.find()) {
                links.add(m.group(1).strip());
            }
        }
        return links;
    }

    /** This article with another status. */
    public Article withStatus(ArticleStatus newStatus) {
        return new Article(id, title, placement, office, handledBy, updated, style, body, newStatus);
    }
}
