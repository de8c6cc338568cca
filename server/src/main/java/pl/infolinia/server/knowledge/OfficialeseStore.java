package pl.infolinia.server.knowledge;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** The editors' officialese list as they typed it, in {@code kb_document} under {@code officialese}. */
@Repository
class OfficialeseStore {

    private static final String NAME = "officialese";

    private final KbDocuments documents;

    OfficialeseStore(KbDocuments documents) {
        this.documents = documents;
    }

    Optional<String> current() {
        return documents.read(NAME);
    }

    void save(String text, String editor, Instant at) {
        documents.write(NAME, text, editor, at);
    }
}
