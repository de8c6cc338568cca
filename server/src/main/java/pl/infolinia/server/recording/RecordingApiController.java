package pl.infolinia.server.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.retention.RecordingDeletion;
import pl.infolinia.recording.retention.UnderLegalHold;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/**
 * The recording archive as JSON: search, one recording, its audio with HTTP range requests (the
 * browser's player seeks with them), download, legal hold and deletion on a data subject's
 * request. Access as {@link RecordingAccess} decides; listens, downloads, holds and deletions are
 * audited.
 */
@RestController
@RequestMapping("/api/recordings")
class RecordingApiController {

    private static final int MAX_LIMIT = 1000;
    static final MediaType WAV = MediaType.parseMediaType("audio/wav");

    private final JdbcRecordingCatalog catalog;
    private final RecordingAccess access;
    private final RecordingAudio audio;
    private final RecordingDeletion deletion;
    private final Auditor auditor;
    private final Clock clock;

    RecordingApiController(JdbcRecordingCatalog catalog, RecordingAccess access, RecordingAudio audio,
            RecordingDeletion deletion, Auditor auditor, Clock clock) {
        this.catalog = catalog;
        this.access = access;
        this.audio = audio;
        this.deletion = deletion;
        this.auditor = auditor;
        this.clock = clock;
    }

    @GetMapping
    List<RecordingJson> search(@RequestParam Optional<Instant> from, @RequestParam Optional<Instant> to,
            @RequestParam Optional<String> office, @RequestParam Optional<String> queue,
            @RequestParam Optional<String> consultant, @RequestParam Optional<String> caller,
            @RequestParam(defaultValue = "100") int limit, @AuthenticationPrincipal SignedInUser me) {
        RecordingSearch asked = new RecordingSearch(from, to, office.filter(s -> !s.isBlank()),
                queue.filter(s -> !s.isBlank()), consultant.filter(s -> !s.isBlank()), caller.filter(s -> !s.isBlank()),
                Math.clamp(limit, 1, MAX_LIMIT));
        return catalog.search(access.scope(me, asked)).stream().map(RecordingJson::of).toList();
    }

    @GetMapping("/{id}")
    RecordingJson recording(@PathVariable String id, @AuthenticationPrincipal SignedInUser me) {
        ArchivedRecording recording = kept(id);
        access.requirePlay(me, recording);
        return RecordingJson.of(recording);
    }

    @GetMapping("/{id}/audio")
    ResponseEntity<Resource> play(@PathVariable String id, @RequestHeader HttpHeaders headers,
            @AuthenticationPrincipal SignedInUser me) {
        ArchivedRecording recording = kept(id);
        access.requirePlay(me, recording);
        boolean continuing = headers.getRange().stream().anyMatch(range -> range.getRangeStart(Long.MAX_VALUE) > 0);
        // a Resource body: Spring answers Range requests with 206 and the asked bytes
        return ResponseEntity.ok().contentType(WAV).header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(audio.read(recording, AuditAction.RECORDING_PLAYED, continuing));
    }

    @GetMapping("/{id}/download")
    ResponseEntity<Resource> download(@PathVariable String id, @AuthenticationPrincipal SignedInUser me) {
        ArchivedRecording recording = kept(id);
        access.requireDownload(me, recording);
        return ResponseEntity.ok().contentType(WAV).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("nagranie-" + recording.id() + ".wav").build().toString())
                .body(audio.read(recording, AuditAction.RECORDING_DOWNLOADED, false));
    }

    @PostMapping("/{id}/hold")
    RecordingJson hold(@PathVariable String id, @RequestParam boolean held, @RequestParam String reason,
            @AuthenticationPrincipal SignedInUser me) {
        ArchivedRecording recording = kept(id);
        access.requireManage(me, recording);
        requireReason(reason);
        catalog.legalHold(id, held);
        auditor.record(AuditAction.RECORDING_HOLD_CHANGED, id, RecordingAudio.office(recording),
                (held ? "legal hold placed: " : "legal hold lifted: ") + reason);
        return RecordingJson.of(recording);
    }

    /** Deletes the recording's file on a data subject's request; 409 under legal hold. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> erase(@PathVariable String id, @RequestParam String reason,
            @AuthenticationPrincipal SignedInUser me) {
        ArchivedRecording recording = kept(id);
        access.requireManage(me, recording);
        requireReason(reason);
        try {
            deletion.erase(recording, "request: " + reason, clock.instant());
        } catch (UnderLegalHold e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        auditor.record(AuditAction.RECORDING_DELETED, id, RecordingAudio.office(recording), "request: " + reason);
        return ResponseEntity.noContent().build();
    }

    private ArchivedRecording kept(String id) {
        return catalog.find(id).filter(r -> catalog.kept(r.id())).orElseThrow(() -> new NotFound("recording " + id));
    }

    private static void requireReason(String reason) {
        if (reason.isBlank() || reason.length() > 150) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "reason: 1 to 150 characters");
        }
    }
}
