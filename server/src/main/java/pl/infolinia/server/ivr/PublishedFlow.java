package pl.infolinia.server.ivr;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored version of a flow: its YAML, who published it and when, and why if they said.
 *
 * @param version from 1, in the order of publishing
 */
public record PublishedFlow(String name, int version, String yaml, String publishedBy, Instant publishedAt,
        Optional<String> comment) {

    public PublishedFlow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(publishedBy, "publishedBy");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(comment, "comment");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
    }
}
