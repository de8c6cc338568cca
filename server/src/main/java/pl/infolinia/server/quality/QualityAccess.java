package pl.infolinia.server.quality;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.quality.Evaluation;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.user.Role;

/**
 * Who may do what in quality management: an ADMIN everything in every office; a SUPERVISOR or
 * OFFICE_ADMIN defines their office's forms, scores its calls and reads its evaluations and
 * averages; a consultant (AGENT) reads only evaluations of their own calls. A refusal is an
 * {@link AccessDeniedException}: 403 and an audit entry.
 */
@Component
class QualityAccess {

    /** Whether the user oversees the office's quality: defines forms, scores, reads everything of it. */
    boolean oversees(SignedInUser me, String office) {
        return me.isAdmin() || (me.has(Role.SUPERVISOR) || me.has(Role.OFFICE_ADMIN)) && own(me).filter(office::equals)
                .isPresent();
    }

    void requireOversee(SignedInUser me, String office) {
        if (!oversees(me, office)) {
            throw new AccessDeniedException(me.getUsername() + " does not oversee the quality of office " + office);
        }
    }

    void requireScore(SignedInUser me, ArchivedRecording recording) {
        if (recording.facts().office().filter(office -> oversees(me, office)).isEmpty()) {
            throw new AccessDeniedException(me.getUsername() + " may not evaluate recording " + recording.id());
        }
    }

    /** Seeing a call's evaluations (and, for overseers, scoring it): its office's overseers and its consultant. */
    void requireSeeCall(SignedInUser me, ArchivedRecording recording) {
        boolean oversees = me.isAdmin() || recording.facts().office().filter(office -> oversees(me, office)).isPresent();
        boolean ownCall = me.has(Role.AGENT) && recording.facts().office().equals(own(me))
                && recording.facts().consultant().equals(Optional.of(me.getUsername()));
        if (!oversees && !ownCall) {
            throw new AccessDeniedException(me.getUsername() + " may not see evaluations of recording " + recording.id());
        }
    }

    void requireRead(SignedInUser me, Evaluation evaluation) {
        if (!oversees(me, evaluation.call().office()) && !ownCall(me, evaluation)) {
            throw new AccessDeniedException(me.getUsername() + " may not read evaluation " + evaluation.id());
        }
    }

    /** The search narrowed to what the user may read; refuses an office that is not theirs. */
    EvaluationSearch scope(SignedInUser me, EvaluationSearch asked) {
        if (me.isAdmin()) {
            return asked;
        }
        String office = own(me).orElseThrow(() -> new AccessDeniedException(me.getUsername() + " belongs to no office"));
        if (asked.office().filter(o -> !o.equals(office)).isPresent()) {
            throw new AccessDeniedException("evaluations of office " + asked.office().get() + " are not "
                    + me.getUsername() + "'s to read");
        }
        if (oversees(me, office)) {
            return asked.inOffice(office);
        }
        if (me.has(Role.AGENT)) {
            return asked.inOffice(office).ofConsultant(me.getUsername());
        }
        throw new AccessDeniedException(me.getUsername() + " has no role that reads evaluations");
    }

    /** The office whose averages a user sees: theirs, or any (or all, when empty) for an ADMIN. */
    Optional<String> averagesScope(SignedInUser me, Optional<String> asked) {
        if (me.isAdmin()) {
            return asked;
        }
        String office = own(me).orElseThrow(() -> new AccessDeniedException(me.getUsername() + " belongs to no office"));
        requireOversee(me, asked.orElse(office));
        return Optional.of(office);
    }

    private static boolean ownCall(SignedInUser me, Evaluation evaluation) {
        return me.has(Role.AGENT) && own(me).filter(evaluation.call().office()::equals).isPresent()
                && evaluation.call().consultant().equals(me.getUsername());
    }

    private static Optional<String> own(SignedInUser me) {
        return me.office().map(o -> o.value());
    }
}
