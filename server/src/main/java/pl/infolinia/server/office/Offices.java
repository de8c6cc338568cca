package pl.infolinia.server.office;

import java.util.List;
import java.util.Optional;
import pl.infolinia.server.web.NotFound;

/** The offices known to the platform. */
public interface Offices {

    List<Office> all();

    Optional<Office> find(OfficeCode code);

    /** Adds the office, or replaces the one with the same code. */
    void save(Office office);

    boolean isEmpty();

    /**
     * The code of a known office, for requests that name one.
     *
     * @throws NotFound (404) for a malformed or unknown code
     */
    default OfficeCode known(String code) {
        if (!OfficeCode.isValid(code) || find(new OfficeCode(code)).isEmpty()) {
            throw new NotFound("office " + code);
        }
        return new OfficeCode(code);
    }
}
