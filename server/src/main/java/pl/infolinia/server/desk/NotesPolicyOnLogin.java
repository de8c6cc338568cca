package pl.infolinia.server.desk;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.contact.AgentStateChanged;
import pl.infolinia.contactcenter.switchboard.Switchboard;
import pl.infolinia.server.live.LiveFeed;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.user.User;
import pl.infolinia.server.user.Username;
import pl.infolinia.server.user.Users;

/**
 * Applies the consultant's office policy on notes whenever they start taking calls, and to every
 * consultant of an office when its policy changes: with notes required, wrap-up lasts until the
 * consultant finishes it on the desk.
 */
@Component
@ConditionalOnWebApplication
class NotesPolicyOnLogin {

    private final Switchboard switchboard;
    private final Users users;
    private final JdbcNotesPolicy policy;

    NotesPolicyOnLogin(Switchboard switchboard, Users users, JdbcNotesPolicy policy, LiveFeed feed) {
        this.switchboard = switchboard;
        this.users = users;
        this.policy = policy;
        feed.watch(event -> {
            if (event instanceof AgentStateChanged changed && changed.presence() == AgentPresence.AVAILABLE) {
                // not on the appending thread, which may hold the ACD's lock
                Thread.ofVirtual().start(() -> apply(changed.agentId()));
            }
        });
    }

    void apply(AgentId agent) {
        if (!Username.isValid(agent.value())) {
            return;
        }
        users.find(new Username(agent.value())).flatMap(User::office)
                .ifPresent(office -> switchboard.requireNotes(agent, policy.notesRequired(office)));
    }

    /** After a change of the office's policy: its consultants on the floor follow it at once. */
    void applyToOffice(OfficeCode office, Iterable<AgentId> onFloor) {
        for (AgentId agent : onFloor) {
            if (Username.isValid(agent.value()) && users.find(new Username(agent.value())).flatMap(User::office)
                    .filter(office::equals).isPresent()) {
                switchboard.requireNotes(agent, policy.notesRequired(office));
            }
        }
    }
}
