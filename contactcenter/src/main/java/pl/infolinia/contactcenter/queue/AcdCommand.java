package pl.infolinia.contactcenter.queue;

import java.util.Objects;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.ContactId;

/**
 * What the ACD asks the telephony side to do after a decision, in order.
 *
 * <p>The ACD has already changed its state and stored the events when it returns a command; if
 * the telephony side cannot carry one out, it reports back through the ACD's operations (for
 * example {@link Acd#noAnswer} when a phone cannot be rung).
 */
public sealed interface AcdCommand {

    /** Ring the agent's phone with the waiting caller's call. */
    record RingAgent(ContactId contact, AgentId agent, QueueCode queue) implements AcdCommand {
        public RingAgent {
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(agent, "agent");
        }
    }

    /** Stop ringing this agent for this call: someone else answered, or the caller left. */
    record StopRinging(ContactId contact, AgentId agent) implements AcdCommand {
    }

    /** The agent answered a callback entry: dial the citizen on this number and bridge them. */
    record DialCallback(ContactId contact, AgentId agent, String number) implements AcdCommand {
    }

    /** The call waited its queue's maximum and left the ACD: send it to this target. */
    record SendToOverflow(ContactId contact, QueueCode from, OverflowTarget target) implements AcdCommand {
    }
}
