package pl.infolinia.server.recording;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/**
 * The archive's pages: search by caller's number, consultant, queue and days, and one recording
 * with its player (the audio comes with HTTP ranges, so the player seeks), its pauses and, where
 * permitted, a download link. Access and audit as in the API.
 */
@Controller
class RecordingController {

    private static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");
    private static final int PAGE_LIMIT = 200;

    private final JdbcRecordingCatalog catalog;
    private final RecordingAccess access;
    private final RecordingAudio audio;

    RecordingController(JdbcRecordingCatalog catalog, RecordingAccess access, RecordingAudio audio) {
        this.catalog = catalog;
        this.access = access;
        this.audio = audio;
    }

    @GetMapping("/recordings")
    String list(@RequestParam Optional<String> caller, @RequestParam Optional<String> consultant,
            @RequestParam Optional<String> queue,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to,
            @AuthenticationPrincipal SignedInUser me, Model model) {
        RecordingSearch asked = new RecordingSearch(from.map(d -> d.atStartOfDay(POLAND).toInstant()),
                to.map(d -> d.plusDays(1).atStartOfDay(POLAND).toInstant()), Optional.empty(), given(queue),
                given(consultant), given(caller), PAGE_LIMIT);
        model.addAttribute("recordings", catalog.search(access.scope(me, asked)));
        model.addAttribute("caller", caller.orElse(""));
        model.addAttribute("consultant", consultant.orElse(""));
        model.addAttribute("queue", queue.orElse(""));
        model.addAttribute("from", from.map(LocalDate::toString).orElse(""));
        model.addAttribute("to", to.map(LocalDate::toString).orElse(""));
        model.addAttribute("zone", POLAND);
        return "recordings/list";
    }

    @GetMapping("/recordings/{id}")
    String recording(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, Model model) {
        ArchivedRecording recording = kept(id);
        access.requirePlay(me, recording);
        model.addAttribute("recording", recording);
        model.addAttribute("mayDownload", mayDownload(me, recording));
        model.addAttribute("zone", POLAND);
        return "recordings/recording";
    }

    /** The page's player fetches from here with the session, as the API does with Basic. */
    @GetMapping("/recordings/{id}/audio")
    ResponseEntity<Resource> play(@PathVariable String id, @RequestHeader HttpHeaders headers,
            @AuthenticationPrincipal SignedInUser me) {
        ArchivedRecording recording = kept(id);
        access.requirePlay(me, recording);
        boolean continuing = headers.getRange().stream().anyMatch(range -> range.getRangeStart(Long.MAX_VALUE) > 0);
        return ResponseEntity.ok().contentType(RecordingApiController.WAV).header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(audio.read(recording, AuditAction.RECORDING_PLAYED, continuing));
    }

    private boolean mayDownload(SignedInUser me, ArchivedRecording recording) {
        try {
            access.requireDownload(me, recording);
            return true;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    private ArchivedRecording kept(String id) {
        return catalog.find(id).filter(r -> catalog.kept(r.id())).orElseThrow(() -> new NotFound("recording " + id));
    }

    private static Optional<String> given(Optional<String> value) {
        return value.map(String::trim).filter(v -> !v.isEmpty());
    }
}
