package pl.infolinia.contactcenter.transfer;

import java.util.Objects;
import java.util.Optional;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactId;

/**
 * A transfer that has been decided and stored: the telephony side now moves the call. For an
 * office, {@code destination} is where to send it; for an agent or a queue it is empty and the
 * context travels with the call inside Infolinia.
 */
public record Transfer(ContactId contact, AgentId from, TransferTarget target, TransferMode mode,
        TransferContext context, Optional<OfficeDestination> destination) {

    public Transfer {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(destination, "destination");
    }
}
