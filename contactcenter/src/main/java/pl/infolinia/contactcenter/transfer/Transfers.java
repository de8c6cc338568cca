package pl.infolinia.contactcenter.transfer;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.CallTransferred;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.contact.ContactId;

/**
 * Decides and records transfers from the agent's side, blind or attended, to an agent, a queue
 * or an office; only offices with a configured destination can be chosen.
 *
 * <p>The transfer is stored as a {@code CallTransferred} event before the caller of this class
 * moves the call, so the contact's path never misses a step.
 */
public final class Transfers {

    private final Map<OfficeCode, OfficeDestination> destinations;
    private final Set<AgentId> agents;
    private final Set<QueueCode> queues;
    private final ContactEventLog log;
    private final Clock clock;

    public Transfers(Map<OfficeCode, OfficeDestination> destinations, Set<AgentId> agents, Set<QueueCode> queues,
            ContactEventLog log, Clock clock) {
        this.destinations = Map.copyOf(destinations);
        this.agents = Set.copyOf(agents);
        this.queues = Set.copyOf(queues);
        this.log = log;
        this.clock = clock;
    }

    /** Transfers at once and stores it. */
    public Transfer blind(ContactId contact, AgentId from, TransferTarget target, TransferContext context) {
        return store(plan(contact, from, target, TransferMode.BLIND, context));
    }

    /** Starts a consultation with the target; nothing is stored until it is completed. */
    public Consultation consult(ContactId contact, AgentId from, TransferTarget target, TransferContext context) {
        return new Consultation(plan(contact, from, target, TransferMode.ATTENDED, context), this::store);
    }

    private Transfer plan(ContactId contact, AgentId from, TransferTarget target, TransferMode mode, TransferContext context) {
        Optional<OfficeDestination> destination = switch (target) {
            case TransferTarget.ToAgent(AgentId agent) -> {
                if (!agents.contains(agent)) {
                    throw new UnknownTransferTarget("no agent " + agent);
                }
                if (agent.equals(from)) {
                    throw new UnknownTransferTarget("an agent cannot transfer a call to themselves");
                }
                yield Optional.empty();
            }
            case TransferTarget.ToQueue(QueueCode queue) -> {
                if (!queues.contains(queue)) {
                    throw new UnknownTransferTarget("no queue " + queue);
                }
                yield Optional.empty();
            }
            case TransferTarget.ToOffice(OfficeCode office) -> Optional.of(Optional.ofNullable(destinations.get(office))
                    .orElseThrow(() -> new NoOfficeDestination("office " + office + " has no transfer destination configured")));
        };
        return new Transfer(contact, from, target, mode, context, destination);
    }

    private Transfer store(Transfer transfer) {
        log.append(new CallTransferred(transfer.contact(), clock.instant(), transfer.from(),
                transfer.target().describe(), transfer.mode() == TransferMode.ATTENDED));
        return transfer;
    }
}
