package pl.infolinia.contactcenter.switchboard;

import java.util.concurrent.Executor;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.telephony.EndpointRegistered;
import pl.infolinia.telephony.EndpointUnregistered;
import pl.infolinia.telephony.Telephony;

/**
 * A consultant whose phone registers is logged in and available, so that a phone alone can take
 * calls (joining the floor first if the ACD did not know them, with their skills as they are
 * now); when their last phone unregisters they are logged out. A consultant on a break stays
 * on it when the phone refreshes its registration.
 */
final class AgentPhones {

    private final Telephony telephony;
    private final Acd acd;
    private final AcdActions actions;
    private final AgentDirectory directory;
    private final Executor inOrder;

    AgentPhones(Telephony telephony, Acd acd, AcdActions actions, AgentDirectory directory, Executor inOrder) {
        this.telephony = telephony;
        this.acd = acd;
        this.actions = actions;
        this.directory = directory;
        this.inOrder = inOrder;
    }

    void registered(EndpointRegistered event) {
        inOrder.execute(() -> {
            AgentId agent = AgentId.of(event.user());
            if (!acd.hasAgent(agent) || acd.agent(agent).presence() == AgentPresence.LOGGED_OUT) {
                directory.agent(agent).ifPresent(acd::updateAgent); // their skills as they are now
            }
            if (acd.hasAgent(agent) && acd.agent(agent).presence() == AgentPresence.LOGGED_OUT) {
                actions.act(() -> acd.logIn(agent));
            }
        });
    }

    void unregistered(EndpointUnregistered event) {
        inOrder.execute(() -> {
            AgentId agent = AgentId.of(event.user());
            if (acd.hasAgent(agent) && telephony.endpoint(event.user()).isEmpty()
                    && acd.agent(agent).presence() != AgentPresence.LOGGED_OUT) {
                actions.act(() -> acd.logOut(agent));
            }
        });
    }
}
