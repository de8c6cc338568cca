package pl.infolinia.server.recording;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.Archiver;
import pl.infolinia.recording.archive.CallFacts;
import pl.infolinia.recording.retention.Deletion;
import pl.infolinia.recording.retention.RecordingDeletion;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.office.OfficeCode;

/**
 * Runs the archive in the background: at start it takes what a crash left in the spool (repaired
 * and marked interrupted), then every two seconds the recordings the switchboard finished, fills
 * in topics and outcomes as consultants wrap up, and hourly deletes what is past its office's
 * retention (each deletion audited).
 */
@Component
@ConditionalOnWebApplication
class ArchiveJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ArchiveJob.class);
    private static final Duration WRAP_UP_WINDOW = Duration.ofHours(24);

    private final Archiver archiver;
    private final JdbcRecordingCatalog catalog;
    private final EventCallFacts facts;
    private final RecordingDeletion deletion;
    private final JdbcRecordingRetention retention;
    private final Auditor auditor;
    private final Clock clock;
    private ScheduledExecutorService executor;

    ArchiveJob(Archiver archiver, JdbcRecordingCatalog catalog, EventCallFacts facts, RecordingDeletion deletion,
            JdbcRecordingRetention retention, Auditor auditor, Clock clock) {
        this.archiver = archiver;
        this.catalog = catalog;
        this.facts = facts;
        this.deletion = deletion;
        this.retention = retention;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("recording-archive").daemon()
                .factory());
        executor.scheduleWithFixedDelay(this::archive, 0, 2, TimeUnit.SECONDS);
        executor.scheduleWithFixedDelay(this::deleteExpired, 1, 60, TimeUnit.MINUTES);
    }

    /** Archives what is ready now and fills in wrap-ups; what the job does every two seconds. */
    List<ArchivedRecording> archive() {
        try {
            List<ArchivedRecording> archived = archiver.archiveReady();
            archived.stream().filter(ArchivedRecording::interrupted).forEach(r -> log.warn(
                    "Recording {} was interrupted by a crash; repaired and archived with {} of audio", r.id(),
                    r.duration()));
            for (ArchivedRecording recording : catalog.withoutTopicSince(clock.instant().minus(WRAP_UP_WINDOW))) {
                CallFacts now = facts.factsOf(recording.contact());
                if (now.topic().isPresent()) {
                    catalog.updateWrapUp(recording.id(), now.topic().get(), now.outcome().orElse(null));
                }
            }
            return archived;
        } catch (IOException | RuntimeException e) {
            log.warn("Archiving recordings failed; the spool keeps them for the next run", e);
            return List.of();
        }
    }

    /** Deletes recordings past their office's retention, never under legal hold; each is audited. */
    List<Deletion> deleteExpired() {
        try {
            List<Deletion> deleted = deletion.deleteExpired(retention.days(), clock.instant());
            deleted.forEach(d -> auditor.recordAs("retention", AuditAction.RECORDING_DELETED, d.recordingId(),
                    Optional.of(d.office()).filter(OfficeCode::isValid).map(OfficeCode::new), d.reason()));
            return deleted;
        } catch (IOException | RuntimeException e) {
            log.warn("Deleting expired recordings failed; the next run tries again", e);
            return List.of();
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
