package pl.infolinia.knowledge.taxonomy;

import java.util.Objects;

/**
 * Where an article hangs in the taxonomy: one section, one of its categories, one of its groups.
 *
 * @param section  section name
 * @param category category name within the section
 * @param group    service group name within the category
 */
public record Placement(String section, String category, String group) {

    public Placement {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(group, "group");
    }
}
