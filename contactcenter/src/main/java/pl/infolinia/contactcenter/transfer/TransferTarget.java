package pl.infolinia.contactcenter.transfer;

import java.util.Objects;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;

/** Who a consultant hands a call to: another agent, a queue, or one of the offices. */
public sealed interface TransferTarget {

    /** How events name it: {@code agent:anna}, {@code queue:zdrowie}, {@code office:ZUS}. */
    String describe();

    record ToAgent(AgentId agent) implements TransferTarget {
        public ToAgent {
            Objects.requireNonNull(agent, "agent");
        }

        @Override
        public String describe() {
            return "agent:" + agent;
        }
    }

    record ToQueue(QueueCode queue) implements TransferTarget {
        public ToQueue {
            Objects.requireNonNull(queue, "queue");
        }

        @Override
        public String describe() {
            return "queue:" + queue;
        }
    }

    /** An office's own number, outside Infolinia: only offices with a configured destination. */
    record ToOffice(OfficeCode office) implements TransferTarget {
        public ToOffice {
            Objects.requireNonNull(office, "office");
        }

        @Override
        public String describe() {
            return "office:" + office;
        }
    }
}
