package pl.infolinia.knowledge.taxonomy;

import java.util.Objects;
import java.util.Optional;

/**
 * An office that runs the hotline, or an outside institution that articles point citizens to.
 *
 * <p>Only offices of the hotline have a transfer address; outside institutions have none.
 *
 * @param code       the office's code
 * @param name       its full Polish name
 * @param kind       what kind of body it is ("ministerstwo"), empty for outside institutions
 * @param transferTo SIP address a consultant transfers a call to, if the office takes calls
 */
public record Office(OfficeCode code, String name, String kind, Optional<String> transferTo) {

    public Office {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        kind = kind == null ? "" : kind;
        Objects.requireNonNull(transferTo, "transferTo");
    }
}
