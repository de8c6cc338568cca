package pl.infolinia.server.audit;

import java.util.List;
import java.util.Optional;
import pl.infolinia.server.office.OfficeCode;

/** The append-only log of security-relevant actions. */
public interface AuditLog {

    void append(AuditEntry entry);

    /** The newest entries first; only those of {@code office} when one is given. */
    List<AuditEntry> recent(Optional<OfficeCode> office, int limit);
}
