package pl.infolinia.server.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.storage.MissingRecording;
import pl.infolinia.recording.storage.RecordingStore;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.web.NotFound;

/**
 * A recording's audio, read (and decrypted) from the store, with the listen or download audited:
 * who, when, which recording and from which address.
 */
@Component
class RecordingAudio {

    private final RecordingStore store;
    private final Auditor auditor;

    RecordingAudio(RecordingStore store, Auditor auditor) {
        this.store = store;
        this.auditor = auditor;
    }

    /**
     * The WAV bytes; audited unless {@code continuing} (a player's later range request of a listen
     * already audited: seeking asks for many ranges).
     */
    ByteArrayResource read(ArchivedRecording recording, AuditAction action, boolean continuing) {
        if (!continuing) {
            auditor.record(action, recording.id(), office(recording), "contact " + recording.contact() + ", caller "
                    + recording.facts().callerNumber().orElse("?"));
        }
        try {
            return new ByteArrayResource(store.read(recording.storageKey()));
        } catch (MissingRecording e) {
            throw new NotFound("file of recording " + recording.id());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recording " + recording.id(), e);
        }
    }

    static Optional<OfficeCode> office(ArchivedRecording recording) {
        return recording.facts().office().filter(OfficeCode::isValid).map(OfficeCode::new);
    }
}
