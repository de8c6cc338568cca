package pl.infolinia.server.knowledge;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The editors' synonym list, kept as its text in {@code kb_document} under the name {@code synonyms}. */
@Repository
class JdbcSynonymStore {

    private static final String NAME = "synonyms";

    private final JdbcClient jdbc;

    JdbcSynonymStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SynonymList> current() {
        return jdbc.sql("select data from kb_document where name = ?").param(NAME).query(String.class).optional()
                .map(SynonymList::new);
    }

    void save(SynonymList list, String editor, Instant at) {
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        int updated = jdbc.sql("update kb_document set data = ?, updated_by = ?, updated_at = ? where name = ?")
                .params(list.text(), editor, when, NAME).update();
        if (updated == 0) {
            jdbc.sql("insert into kb_document (name, data, updated_by, updated_at) values (?, ?, ?, ?)")
                    .params(NAME, list.text(), editor, when).update();
        }
    }
}
