package pl.infolinia.knowledge.taxonomy;

import java.util.Objects;

/**
 * The narrowest branch of the taxonomy (grupa usług), holding articles about closely related services.
 *
 * @param name the group's name as editors write it, unique within its category
 */
public record ServiceGroup(String name) {

    public ServiceGroup {
        Objects.requireNonNull(name, "name");
    }
}
