package pl.infolinia.server.recording;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.switchboard.SwitchboardSettings;
import pl.infolinia.recording.archive.Archiver;
import pl.infolinia.recording.integrity.IntegrityCheck;
import pl.infolinia.recording.retention.RecordingDeletion;
import pl.infolinia.recording.spool.Spool;
import pl.infolinia.recording.storage.RecordingStore;

/**
 * The recording archive: the switchboard's recordings folder as its spool, the store the settings
 * name, the catalogue and chain in the database. The archive job runs only in the web application;
 * tools such as {@code recordings verify} use the rest.
 */
@Configuration
class RecordingConfiguration {

    @Bean
    JdbcRecordingCatalog recordingCatalog(JdbcClient jdbc) {
        return new JdbcRecordingCatalog(jdbc);
    }

    @Bean
    JdbcHashChain recordingChain(JdbcClient jdbc) {
        return new JdbcHashChain(jdbc);
    }

    @Bean
    EventCallFacts callFacts(ContactEventLog events) {
        return new EventCallFacts(events);
    }

    @Bean
    RecordingStore recordingStore(Clock clock, @Value("${infolinia.data.dir:./data}") String dataDir,
            @Value("${infolinia.recordings.dir:}") String dir, @Value("${infolinia.recordings.s3.url:}") String s3Url,
            @Value("${infolinia.recordings.s3.access.key:}") String accessKey,
            @Value("${infolinia.recordings.s3.secret.key:}") String secretKey,
            @Value("${infolinia.recordings.keys:}") String keys) {
        Path folder = dir.isBlank() ? Path.of(dataDir, "archive") : Path.of(dir);
        return new RecordingStorageSettings(folder, given(s3Url), given(accessKey), given(secretKey), given(keys))
                .store(clock);
    }

    @Bean
    Archiver archiver(RecordingStore store, JdbcRecordingCatalog catalog, JdbcHashChain chain, EventCallFacts facts,
            @Value("${infolinia.data.dir:./data}") String dataDir) {
        // a note-less file last written before this JVM started was left by a crash, not by a live call
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        Spool spool = new Spool(SwitchboardSettings.under(Path.of(dataDir)).recordings(), started);
        return new Archiver(spool, store, catalog, chain, facts);
    }

    @Bean
    IntegrityCheck integrityCheck(JdbcRecordingCatalog catalog, JdbcHashChain chain, RecordingStore store) {
        return new IntegrityCheck(catalog, chain, store);
    }

    @Bean
    RecordingDeletion recordingDeletion(JdbcRecordingCatalog catalog, RecordingStore store,
            ApplicationEventPublisher events) {
        return new RecordingDeletion(catalog, store,
                deletion -> events.publishEvent(new RecordingErased(deletion.recordingId())));
    }

    private static Optional<String> given(String value) {
        return Optional.of(value).filter(v -> !v.isBlank());
    }
}
