package pl.infolinia.knowledge.taxonomy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The top branch of the taxonomy (dział), such as "Dokumenty i dane osobowe".
 *
 * @param name       the section's name, unique in the knowledge base
 * @param categories its categories in the editors' order
 */
public record Section(String name, List<Category> categories) {

    public Section {
        Objects.requireNonNull(name, "name");
        categories = List.copyOf(categories);
    }

    /** The category with this exact name, if the section has one. */
    public Optional<Category> category(String categoryName) {
        return categories.stream().filter(c -> c.name().equals(categoryName)).findFirst();
    }
}
