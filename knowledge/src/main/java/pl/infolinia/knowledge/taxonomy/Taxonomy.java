package pl.infolinia.knowledge.taxonomy;

import java.util.List;
import java.util.Optional;

/**
 * The whole tree of sections, categories and service groups of one knowledge base.
 *
 * <p>Names are matched exactly, as the import format requires; an article's placement is valid
 * only if its section, category and group form one path of this tree.
 *
 * @param sections the sections in the editors' order
 */
public record Taxonomy(List<Section> sections) {

    public Taxonomy {
        sections = List.copyOf(sections);
    }

    /** The section with this exact name, if there is one. */
    public Optional<Section> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Whether the three names form one path of the tree. */
    public boolean contains(Placement placement) {
        return section(placement.section())
                .flatMap(s -> s.category(placement.category()))
                .flatMap(c -> c.group(placement.group()))
                .isPresent();
    }
}
