package pl.infolinia.server.office;

import java.util.List;
import java.util.Optional;

/** The offices known to the platform. */
public interface Offices {

    List<Office> all();

    Optional<Office> find(OfficeCode code);

    /** Adds the office, or replaces the one with the same code. */
    void save(Office office);

    boolean isEmpty();
}
