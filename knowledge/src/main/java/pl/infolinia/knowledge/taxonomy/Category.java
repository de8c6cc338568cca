package pl.infolinia.knowledge.taxonomy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A category (kategoria) inside a section, grouping service groups.
 *
 * @param name   the category's name, unique within its section
 * @param groups its service groups in the editors' order
 */
public record Category(String name, List<ServiceGroup> groups) {

    public Category {
        Objects.requireNonNull(name, "name");
        groups = List.copyOf(groups);
    }

    /** The group with this exact name, if the category has one. */
    public Optional<ServiceGroup> group(String groupName) {
        return groups.stream().filter(g -> g.name().equals(groupName)).findFirst();
    }
}
