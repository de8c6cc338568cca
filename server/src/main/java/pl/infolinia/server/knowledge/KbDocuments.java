package pl.infolinia.server.knowledge;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Named texts of the knowledge base in {@code kb_document}: the taxonomy, the offices, the officialese list. */
@Repository
class KbDocuments {

    private final JdbcClient jdbc;

    KbDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> read(String name) {
        return jdbc.sql("select data from kb_document where name = ?").param(name).query(String.class).optional();
    }

    void write(String name, String data, String editor, Instant at) {
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        int updated = jdbc.sql("update kb_document set data = ?, updated_by = ?, updated_at = ? where name = ?")
                .params(data, editor, when, name).update();
        if (updated == 0) {
            jdbc.sql("insert into kb_document (name, data, updated_by, updated_at) values (?, ?, ?, ?)")
                    .params(name, data, editor, when).update();
        }
    }
}
