package pl.infolinia.server.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.agent.AgentState;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.switchboard.OfficeLines;
import pl.infolinia.server.office.Office;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.user.User;
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
        List<AgentState> onTheFloor = acd.agents().stream()
                .filter(colleague -> colleague.presence() != AgentPresence.LOGGED_OUT).toList();
        Map<String, String> names = onTheFloor.isEmpty() ? Map.of() : users.all().stream()
                .collect(Collectors.toMap(user -> user.username().value(), User::displayName));
        for (AgentState colleague : onTheFloor) {
            String username = colleague.id().value();
            String name = names.getOrDefault(username, username);
            targets.add(new TransferTarget("agent:" + username, name + " (" + username + ")", false));
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

    /** Whether the address is one {@link #all} offers now, checked for that address alone. */
    boolean contains(String address) {
        int colon = address.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String name = address.substring(colon + 1);
        return switch (address.substring(0, colon)) {
            case "agent" -> onTheFloor(name);
            case "queue" -> DemoHotline.QUEUES.contains(name);
            case "office" -> OfficeCode.isValid(name) && offices.find(new OfficeCode(name)).isPresent()
                    && lines.has(pl.infolinia.contactcenter.OfficeCode.of(name));
            default -> false;
        };
    }

    private boolean onTheFloor(String username) {
        if (username.isBlank()) {
            return false;
        }
        AgentId agent = AgentId.of(username);
        return acd.hasAgent(agent) && acd.agent(agent).presence() != AgentPresence.LOGGED_OUT;
    }
}
