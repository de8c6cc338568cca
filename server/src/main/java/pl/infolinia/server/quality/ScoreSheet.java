package pl.infolinia.server.quality;

import java.util.List;
import java.util.Optional;
import pl.infolinia.recording.quality.InvalidEvaluation;
import pl.infolinia.recording.quality.RecordingTime;
import pl.infolinia.recording.quality.Score;
import pl.infolinia.recording.quality.TimedComment;

/**
 * What a supervisor filled in on the form, as typed: the form version, a score per criterion,
 * comments at {@code mm:ss}, a summary. The same from the page and from {@code /api/quality}.
 */
record ScoreSheet(String form, List<Integer> scores, List<Comment> comments, String summary) {

    record Comment(String at, String text) {
    }

    ScoreSheet {
        scores = scores == null ? List.of() : scores;
        comments = comments == null ? List.of() : comments;
    }

    /** Raises {@code InvalidEvaluation} for a score that is missing or out of range. */
    List<Score> points() {
        return scores.stream().map(points -> {
            if (points == null) {
                throw new InvalidEvaluation("sheet.missingScore",
                        "give a score of 0 to 5 for every criterion");
            }
            return new Score(points);
        }).toList();
    }

    List<TimedComment> timedComments() {
        return comments.stream().map(c -> new TimedComment(RecordingTime.parse(c.at()), c.text())).toList();
    }

    Optional<String> summaryText() {
        return Optional.ofNullable(summary);
    }
}
