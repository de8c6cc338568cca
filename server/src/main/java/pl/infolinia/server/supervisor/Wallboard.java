package pl.infolinia.server.supervisor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.agent.AgentActivity;
import pl.infolinia.contactcenter.agent.AgentPresence;
import pl.infolinia.contactcenter.agent.AgentState;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.CallStatus;
import pl.infolinia.contactcenter.queue.Queue;
import pl.infolinia.contactcenter.queue.QueuedCall;
import pl.infolinia.contactcenter.switchboard.CallInProgress;
import pl.infolinia.contactcenter.switchboard.Switchboard;
import pl.infolinia.server.live.StateClock;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.supervisor.WallboardView.ConsultantRow;
import pl.infolinia.server.supervisor.WallboardView.CurrentCall;
import pl.infolinia.server.supervisor.WallboardView.QueueRow;
import pl.infolinia.server.user.User;
import pl.infolinia.server.user.Username;
import pl.infolinia.server.user.Users;

/**
 * Builds a wallboard from the live ACD (calls waiting, consultants' states), the switchboard
 * (callers' numbers), the state clock (time in state) and today's figures; for one office, or
 * for all when the scope is empty.
 */
@Component
@ConditionalOnWebApplication // the switchboard runs only in the web application, not in command-line tools
class Wallboard {

    private final Acd acd;
    private final Switchboard switchboard;
    private final StateClock stateClock;
    private final TodayFigures today;
    private final JdbcThresholds thresholds;
    private final Users users;
    private final Clock clock;

    Wallboard(Acd acd, Switchboard switchboard, StateClock stateClock, TodayFigures today, JdbcThresholds thresholds,
            Users users, Clock clock) {
        this.acd = acd;
        this.switchboard = switchboard;
        this.stateClock = stateClock;
        this.today = today;
        this.thresholds = thresholds;
        this.users = users;
        this.clock = clock;
    }

    WallboardView of(Optional<OfficeCode> scope) {
        Instant now = clock.instant();
        List<QueuedCall> calls = acd.calls();
        Map<String, Thresholds> byOffice = new HashMap<>();
        List<QueueRow> queues = acd.queues().stream()
                .filter(queue -> scope.map(office -> office.value().equals(queue.office().value())).orElse(true))
                .map(queue -> queueRow(queue, calls, now,
                        byOffice.computeIfAbsent(queue.office().value(), code -> thresholds.of(new OfficeCode(code)))))
                .toList();
        List<ConsultantRow> consultants = acd.agents().stream()
                .map(state -> consultantRow(state, calls))
                .flatMap(Optional::stream)
                .filter(row -> scope.map(office -> office.value().equals(row.office())).orElse(true))
                .sorted(Comparator.comparing(ConsultantRow::username))
                .toList();
        return new WallboardView(queues, consultants);
    }

    private QueueRow queueRow(Queue queue, List<QueuedCall> calls, Instant now, Thresholds limits) {
        List<QueuedCall> waiting = calls.stream()
                .filter(call -> call.queue().equals(queue.code()) && call.status() != CallStatus.CONNECTED)
                .toList();
        Optional<Instant> longest = waiting.stream().map(QueuedCall::arrivedAt).min(Comparator.naturalOrder());
        TodayFigures.QueueDay day = today.of(queue.code());
        return new QueueRow(queue.code().value(), queue.office().value(), waiting.size(), limits.waiting(waiting.size()),
                longest, limits.longestWait(longest.map(since -> Duration.between(since, now)).orElse(Duration.ZERO)),
                day.answered(), day.abandoned(), day.serviceLevel(), limits.serviceLevel(day.serviceLevel()));
    }

    private Optional<ConsultantRow> consultantRow(AgentState state, List<QueuedCall> calls) {
        String username = state.id().value();
        Optional<User> user = Optional.of(username).filter(Username::isValid).map(Username::new).flatMap(users::find);
        if (user.isEmpty() || user.get().office().isEmpty()) {
            return Optional.empty();
        }
        Optional<CurrentCall> call = state.contact().map(contact -> currentCall(contact, calls));
        return Optional.of(new ConsultantRow(username, user.get().displayName(), user.get().office().get().value(),
                shownState(state), state.presence() == AgentPresence.ON_BREAK ? state.breakReason() : "",
                stateClock.since(state.id()), call));
    }

    private CurrentCall currentCall(String contact, List<QueuedCall> calls) {
        ContactId id = new ContactId(contact);
        Optional<QueuedCall> queued = calls.stream().filter(call -> call.contact().equals(id)).findFirst();
        Optional<CallInProgress> live = switchboard.call(id);
        return new CurrentCall(contact, live.map(CallInProgress::caller).orElse(""),
                queued.map(call -> call.queue().value()).orElse(""),
                live.flatMap(CallInProgress::consultant).isPresent());
    }

    /** One word for presence and activity together: what the consultant does now wins over what they chose. */
    static String shownState(AgentState state) {
        if (state.activity() != AgentActivity.IDLE) {
            return state.activity().name();
        }
        return state.presence().name();
    }
}
