package pl.infolinia.recording.quality;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One version of an office's evaluation form: its criteria in order. A version never changes once
 * saved; editing a form saves the next version, and an evaluation keeps the version it was scored on.
 */
public record EvaluationForm(String id, String office, String name, int version, List<Criterion> criteria) {

    static final int MAX_CRITERIA = 30;
    static final int MAX_NAME = 120;

    public EvaluationForm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(office, "office");
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidEvaluation("form.name", "a form's name: 1 to " + MAX_NAME + " characters", MAX_NAME);
        }
        if (version < 1) {
            throw new InvalidEvaluation("form.version", "a form's version starts at 1, not " + version, version);
        }
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            throw new InvalidEvaluation("form.criteria", "a form has 1 to " + MAX_CRITERIA + " criteria, not "
                    + criteria.size(), MAX_CRITERIA, criteria.size());
        }
        Set<String> names = new HashSet<>();
        for (Criterion criterion : criteria) {
            if (!names.add(criterion.name().toLowerCase(Locale.ROOT))) {
                throw new InvalidEvaluation("form.duplicate", "criterion '" + criterion.name() + "' appears twice",
                        criterion.name());
            }
        }
    }

    /** The total weight: what a call scored 5 on every criterion earns. */
    public int totalWeight() {
        return criteria.stream().mapToInt(Criterion::weight).sum();
    }

    /** The same form under its next version number, with other criteria. */
    public EvaluationForm nextVersion(String newId, List<Criterion> newCriteria) {
        return new EvaluationForm(newId, office, name, version + 1, newCriteria);
    }
}
