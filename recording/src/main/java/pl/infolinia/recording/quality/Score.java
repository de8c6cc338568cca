package pl.infolinia.recording.quality;

/**
 * How well a call met one criterion, 0 to 5: 0 not at all, 1 poorly, 2 partly, 3 adequately,
 * 4 well, 5 exemplary. A plain number keeps the weighted total easy to explain to a consultant.
 */
public record Score(int points) {

    public static final int MAX = 5;

    public Score {
        if (points < 0 || points > MAX) {
            throw new InvalidEvaluation("score.range", "a score is 0 to " + MAX + ", not " + points, MAX, String.valueOf(points));
        }
    }
}
