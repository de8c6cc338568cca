package pl.infolinia.server.office;

import java.util.Objects;
import java.util.Optional;

/**
 * One of the offices that run the hotline together: a tenant of the platform.
 *
 * @param transferTo where consultants transfer a caller to reach this office (a SIP URI), if configured
 */
public record Office(OfficeCode code, String name, OfficeKind kind, Optional<TransferDestination> transferTo) {

    public Office {
        Objects.requireNonNull(code);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(transferTo);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An office needs a name");
        }
    }
}
