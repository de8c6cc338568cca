package pl.infolinia.server.quality;

import org.springframework.jdbc.core.simple.JdbcClient;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.RecordingCatalog;
import pl.infolinia.server.web.NotFound;

/** The recordings that can still be listened to, and so scored: catalogued and not deleted. */
class ArchivedCalls {

    private final RecordingCatalog catalog;
    private final JdbcClient jdbc;

    ArchivedCalls(RecordingCatalog catalog, JdbcClient jdbc) {
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    ArchivedRecording kept(String id) {
        boolean kept = jdbc.sql("select count(*) from recording where id = ? and deleted_at is null").param(id)
                .query(Integer.class).single() == 1;
        return catalog.find(id).filter(r -> kept).orElseThrow(() -> new NotFound("recording " + id));
    }
}
