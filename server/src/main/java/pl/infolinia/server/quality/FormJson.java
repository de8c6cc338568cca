package pl.infolinia.server.quality;

import java.util.List;
import java.util.Optional;
import pl.infolinia.recording.quality.Criterion;
import pl.infolinia.recording.quality.EvaluationForm;

/** An evaluation form's version as JSON. */
record FormJson(String id, String office, String name, int version, List<CriterionJson> criteria) {

    /** One criterion; a client saving a form sends these (a missing weight is refused as out of range). */
    record CriterionJson(String name, String description, Integer weight) {

        Criterion criterion() {
            return new Criterion(name, Optional.ofNullable(description), weight == null ? 0 : weight);
        }
    }

    /** What a client sends to save a form (or its next version). */
    record Asked(String office, String name, List<CriterionJson> criteria) {

        List<Criterion> criteriaOrNone() {
            return criteria == null ? List.of() : criteria.stream().map(CriterionJson::criterion).toList();
        }
    }

    static FormJson of(EvaluationForm form) {
        return new FormJson(form.id(), form.office(), form.name(), form.version(), form.criteria().stream()
                .map(c -> new CriterionJson(c.name(), c.description().orElse(null), c.weight())).toList());
    }
}
