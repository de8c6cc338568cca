package pl.infolinia.contactcenter.transfer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the next consultant should know without asking the citizen again: the topic, the IVR
 * path, the previous consultant's notes and the articles they looked at.
 */
public record TransferContext(Optional<String> topic, List<String> ivrPath, String notes, List<String> articlesViewed) {

    public TransferContext {
        Objects.requireNonNull(topic, "topic");
        ivrPath = List.copyOf(ivrPath);
        notes = notes == null ? "" : notes;
        articlesViewed = List.copyOf(articlesViewed);
    }

    public static TransferContext none() {
        return new TransferContext(Optional.empty(), List.of(), "", List.of());
    }
}
