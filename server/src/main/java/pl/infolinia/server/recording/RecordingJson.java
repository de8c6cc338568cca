package pl.infolinia.server.recording;

import java.util.List;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.CallFacts;

/** A recording as the API shows it; pauses are seconds from the start, where the file is silent. */
record RecordingJson(String id, String contact, String started, double durationSeconds, String office, String queue,
        String consultant, String caller, String topic, String outcome, List<PauseJson> pauses, boolean interrupted,
        String sha256, String audio) {

    static RecordingJson of(ArchivedRecording r) {
        CallFacts f = r.facts();
        return new RecordingJson(r.id(), r.contact(), r.started().toString(), r.duration().toMillis() / 1000.0,
                f.office().orElse(null), f.queue().orElse(null), f.consultant().orElse(null),
                f.callerNumber().orElse(null), f.topic().orElse(null), f.outcome().orElse(null),
                r.pauses().stream().map(p -> new PauseJson(p.from().toMillis() / 1000.0, p.to().toMillis() / 1000.0))
                        .toList(),
                r.interrupted(), r.sha256(), "/api/recordings/" + r.id() + "/audio");
    }

    /** A silent stretch, in seconds from the start. */
    record PauseJson(double from, double to) {
    }
}
