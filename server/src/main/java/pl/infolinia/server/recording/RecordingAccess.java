package pl.infolinia.server.recording;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.user.Role;

/**
 * Who may list, play and download recordings: an ADMIN every office's; a SUPERVISOR or OFFICE_ADMIN
 * their own office's; a consultant (AGENT) only their own calls, to listen, never to download.
 * Anyone else is refused. A refusal is an {@link AccessDeniedException}: 403 and an audit entry.
 */
@Component
class RecordingAccess {

    /** The search narrowed to what the user may see; refuses an office that is not theirs. */
    RecordingSearch scope(SignedInUser me, RecordingSearch asked) {
        if (me.isAdmin()) {
            return asked;
        }
        String own = me.office().map(Object::toString)
                .orElseThrow(() -> new AccessDeniedException(me.getUsername() + " belongs to no office"));
        if (asked.office().filter(office -> !office.equals(own)).isPresent()) {
            throw new AccessDeniedException("recordings of office " + asked.office().get() + " are not "
                    + me.getUsername() + "'s to list");
        }
        if (overseesOffice(me)) {
            return new RecordingSearch(asked.from(), asked.to(), Optional.of(own), asked.queue(), asked.consultant(),
                    asked.caller(), asked.limit());
        }
        if (me.has(Role.AGENT)) {
            return new RecordingSearch(asked.from(), asked.to(), Optional.of(own), asked.queue(),
                    Optional.of(me.getUsername()), asked.caller(), asked.limit());
        }
        throw new AccessDeniedException(me.getUsername() + " has no role that lists recordings");
    }

    void requirePlay(SignedInUser me, ArchivedRecording recording) {
        if (!me.isAdmin() && !(overseesOffice(me) && ofOwnOffice(me, recording)) && !ownCall(me, recording)) {
            throw new AccessDeniedException(me.getUsername() + " may not listen to recording " + recording.id());
        }
    }

    void requireDownload(SignedInUser me, ArchivedRecording recording) {
        if (!me.isAdmin() && !(overseesOffice(me) && ofOwnOffice(me, recording))) {
            throw new AccessDeniedException(me.getUsername() + " may not download recording " + recording.id());
        }
    }

    /** Legal holds and deletions on request: the office's administrator or an ADMIN. */
    void requireManage(SignedInUser me, ArchivedRecording recording) {
        if (!me.isAdmin() && !(me.has(Role.OFFICE_ADMIN) && ofOwnOffice(me, recording))) {
            throw new AccessDeniedException(me.getUsername() + " does not manage recording " + recording.id());
        }
    }

    private static boolean overseesOffice(SignedInUser me) {
        return me.has(Role.SUPERVISOR) || me.has(Role.OFFICE_ADMIN);
    }

    private static boolean ofOwnOffice(SignedInUser me, ArchivedRecording recording) {
        return me.office().map(Object::toString).filter(own -> recording.facts().office().equals(Optional.of(own)))
                .isPresent();
    }

    private static boolean ownCall(SignedInUser me, ArchivedRecording recording) {
        return me.has(Role.AGENT) && ofOwnOffice(me, recording)
                && recording.facts().consultant().equals(Optional.of(me.getUsername()));
    }
}
