package pl.infolinia.recording.quality;

import java.util.Optional;

/**
 * One thing a supervisor listens for ("greets with the hotline's name"), with its weight in the
 * total: a criterion of weight 3 counts three times as much as one of weight 1.
 */
public record Criterion(String name, Optional<String> description, int weight) {

    public static final int MAX_WEIGHT = 100;
    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 500;

    public Criterion {
        name = name == null ? "" : name.strip();
        description = description.map(String::strip).filter(d -> !d.isEmpty());
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidEvaluation("criterion.name", "a criterion's name: 1 to " + MAX_NAME + " characters", MAX_NAME);
        }
        if (description.filter(d -> d.length() > MAX_DESCRIPTION).isPresent()) {
            throw new InvalidEvaluation("criterion.description", "criterion '" + name + "': description up to " + MAX_DESCRIPTION
                    + " characters", name, MAX_DESCRIPTION);
        }
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw new InvalidEvaluation("criterion.weight", "criterion '" + name + "': weight 1 to " + MAX_WEIGHT + ", not "
                    + weight, name, MAX_WEIGHT, String.valueOf(weight));
        }
    }
}
