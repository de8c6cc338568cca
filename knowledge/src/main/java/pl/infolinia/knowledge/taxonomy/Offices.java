package pl.infolinia.knowledge.taxonomy;

import java.util.List;
import java.util.Optional;

/**
 * The directory of offices and outside institutions known to one knowledge base.
 *
 * @param all the offices in the order of offices.yaml
 */
public record Offices(List<Office> all) {

    public Offices {
        all = List.copyOf(all);
    }

    /** The office with this code, if known. */
    public Optional<Office> find(OfficeCode code) {
        return all.stream().filter(o -> o.code().equals(code)).findFirst();
    }
}
