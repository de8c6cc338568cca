package pl.infolinia.server.quality;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.infolinia.server.recording.RecordingErased;

/** When a recording is erased, its evaluations lose their comments and summary and keep their scores. */
@Component
class ErasedRecordingRemarks {

    private final JdbcEvaluations evaluations;

    ErasedRecordingRemarks(JdbcEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    @EventListener
    void erased(RecordingErased event) {
        evaluations.eraseRemarks(event.recordingId());
    }
}
