package pl.infolinia.contactcenter.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.agent.AgentId;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.queue.AcdCommand;

/**
 * What one routing decision of the ACD costs on a busy floor: 2,000 agents, 200 queues, about
 * 300 calls waiting (see {@link SteadyFloor}).
 *
 * <p>Each benchmark times one operation of {@code Acd}, the decision and the commands it
 * returns. The rest of a call's life runs in {@code Level.Invocation} fixtures, untimed, so that
 * every invocation leaves the floor as it found it: as many calls waiting in each queue, as many
 * agents talking, free, ringing and in wrap-up. Invocation fixtures are safe here because a
 * decision takes far longer than a timestamp and {@code Mode.SampleTime} times single
 * invocations anyway. {@code contactcenter/bench/routing-bench.sh} runs it.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class RoutingBenchmark {

    /** (a) A caller joins a queue with a free agent, who is rung (all free agents, for ring-all). */
    @Benchmark
    public List<AcdCommand> callArrivesAndIsOffered(CallerToFreeAgent s) {
        return s.floor.acd().enqueue(s.call, s.queue, 0);
    }

    /** (a') A caller joins a queue whose agents are all taken: the common case at this load. */
    @Benchmark
    public List<AcdCommand> callArrivesAndWaits(CallerToBusyQueue s) {
        return s.floor.acd().enqueue(s.call, s.queue, 0);
    }

    /** (b) The rung agent picks up. */
    @Benchmark
    public List<AcdCommand> agentAnswersOfferedCall(OfferedCall s) {
        return s.floor.acd().answer(s.call, s.agent);
    }

    /** (c) A connected call ends and its agent starts wrap-up. */
    @Benchmark
    public List<AcdCommand> callEndsAndAgentWrapsUp(ConnectedCall s) {
        return s.floor.acd().hangUp(s.call, CallEndReason.AGENT_HUNG_UP);
    }

    /** (d) An agent finishes wrap-up and is offered the oldest waiting call of their skills. */
    @Benchmark
    public List<AcdCommand> agentBecomesAvailableAndTakesOldestCall(AgentInWrapUp s) {
        return s.floor.acd().finishWrapUp(s.agent);
    }

    /** (e) The every-second tick over the whole floor, with nothing due. */
    @Benchmark
    public List<AcdCommand> tick(WholeFloor s) {
        return s.floor.acd().tick();
    }

    /** The floor each benchmark's fork builds once; JMH runs the superclass's setup first. */
    @State(Scope.Thread)
    public abstract static class OnTheFloor {
        SteadyFloor floor;

        @Setup(Level.Trial)
        public void buildFloor() {
            floor = SteadyFloor.build();
        }
    }

    public static class WholeFloor extends OnTheFloor {
    }

    public static class CallerToFreeAgent extends OnTheFloor {
        QueueCode queue;
        ContactId call;

        @Setup(Level.Invocation)
        public void dial() {
            queue = floor.nextQuietQueue();
            call = floor.newContact();
        }

        @TearDown(Level.Invocation)
        public void giveUp() {
            floor.abandon(call);
        }
    }

    public static class CallerToBusyQueue extends OnTheFloor {
        QueueCode queue;
        ContactId call;

        @Setup(Level.Invocation)
        public void dial() {
            queue = floor.nextBusyQueue();
            call = floor.newContact();
        }

        @TearDown(Level.Invocation)
        public void giveUp() {
            floor.abandon(call);
        }
    }

    public static class OfferedCall extends OnTheFloor {
        AgentId agent;
        ContactId call;

        @Setup(Level.Invocation)
        public void ring() {
            agent = floor.endLongestCall();
            call = floor.offerNextCall(agent);
        }

        @TearDown(Level.Invocation)
        public void replaceInLine() {
            floor.answered(call, agent);
        }
    }

    public static class ConnectedCall extends OnTheFloor {
        AgentId agent;
        ContactId call;

        @Setup(Level.Invocation)
        public void pick() {
            call = floor.longestCall();
            agent = floor.agentOf(call);
        }

        @TearDown(Level.Invocation)
        public void takeNextCall() {
            floor.ended(call);
            floor.answer(floor.offerNextCall(agent), agent);
        }
    }

    public static class AgentInWrapUp extends OnTheFloor {
        AgentId agent;

        @Setup(Level.Invocation)
        public void endCall() {
            agent = floor.endLongestCall();
        }

        @TearDown(Level.Invocation)
        public void answerOffer() {
            floor.answer(floor.ringingAt(agent), agent);
        }
    }
}
