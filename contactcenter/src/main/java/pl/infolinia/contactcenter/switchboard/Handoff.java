package pl.infolinia.contactcenter.switchboard;

import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.queue.OverflowTarget;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.ChannelId;

/** Something that happened to a live call elsewhere, handed to the thread that runs the call. */
sealed interface Handoff {

    /** A consultant's phone answered the call the ACD offered; the ACD has recorded the answer. */
    record AgentAnswered(AgentId agent, Channel phone) implements Handoff {
    }

    /** The call waited its queue's maximum and left the ACD for this target. */
    record Overflowed(QueueCode from, OverflowTarget target) implements Handoff {
    }

    /**
     * The consultant asked to transfer the call, from their phone (REFER, which is answered with
     * the outcome) or from Infolinia.
     */
    record TransferAsked(AgentId agent, String target, boolean byPhone) implements Handoff {
    }

    /** The consultant puts the citizen on hold and calls an office to talk first (attended transfer). */
    record ConsultAsked(AgentId agent, String target) implements Handoff {
    }

    /** The consultant hands the citizen over to the office they consulted. */
    record ConsultCompleted(AgentId agent) implements Handoff {
    }

    /** The consultant ends the consultation and takes the citizen back. */
    record ConsultCancelled(AgentId agent) implements Handoff {
    }

    /** The consultant puts the citizen on hold (music) or takes them back. */
    record HoldAsked(AgentId agent, boolean hold) implements Handoff {
    }

    /** The consultant ends the call from Infolinia rather than the phone. */
    record HangUpAsked(AgentId agent) implements Handoff {
    }

    /** One of the call's channels hung up. */
    record ChannelDown(ChannelId channel) implements Handoff {
    }
}
