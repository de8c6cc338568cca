package pl.infolinia.server.desk;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.agent.AgentState;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.switchboard.OfficeLines;
import pl.infolinia.server.office.Office;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.user.User;
import pl.infolinia.server.user.Username;
import pl.infolinia.server.user.Users;

/**
 * Where a consultant can send a call: colleagues logged in to the queues (their phone rings at
 * once if they are free, else the call waits in its queue), the hotline's queues, and the offices
 * whose line is set in the offices directory. No other destination is offered, and the
 * switchboard refuses any other.
 */
@Component
@ConditionalOnWebApplication
class TransferDirectory {

    private final Offices offices;
    private final OfficeLines lines;
    private final Acd acd;
    private final Users users;

    TransferDirectory(Offices offices, OfficeLines lines, Acd acd, Users users) {
        this.offices = offices;
        this.lines = lines;
        this.acd = acd;
        this.users = users;
    }

    /** The entries whose label or address contains the typed text (any case, with or without diacritics). */
    List<TransferTarget> find(String typed) {
        String wanted = FoldedText.of(typed == null ? "" : typed.strip());
        return all().stream()
                .filter(target -> FoldedText.of(target.label()).contains(wanted) || FoldedText.of(target.address()).contains(wanted))
                .toList();
    }

    List<TransferTarget> all() {
        List<TransferTarget> targets = new ArrayList<>();
        for (AgentState colleague : acd.agents()) {
            if (colleague.presence() != AgentPresence.LOGGED_OUT) {
                String username = colleague.id().value();
                String name = Username.isValid(username)
                        ? users.find(new Username(username)).map(User::displayName).orElse(username) : username;
                targets.add(new TransferTarget("agent:" + username, name + " (" + username + ")", false));
            }
        }
        for (String queue : DemoHotline.QUEUES) {
            targets.add(new TransferTarget("queue:" + queue, queue, false));
        }
        for (Office office : offices.all()) {
            if (lines.has(pl.infolinia.contactcenter.OfficeCode.of(office.code().value()))) {
                targets.add(new TransferTarget("office:" + office.code().value(),
                        office.code().value() + " — " + office.name(), true));
            }
        }
        return targets;
    }

    boolean contains(String address) {
        return all().stream().anyMatch(target -> target.address().equals(address));
    }
}
