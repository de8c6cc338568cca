package pl.infolinia.contactcenter.switchboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import pl.infolinia.contactcenter.announcement.Announcement;
import pl.infolinia.contactcenter.contact.CallEndReason;
import pl.infolinia.contactcenter.prompt.CallPrompts;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.WaitingAnnouncements;
import pl.infolinia.telephony.Channel;

/**
 * Where a queued caller waits: music on hold, broken by their place in the queue and the
 * estimated wait at intervals, until a consultant's phone answers, the call overflows, or the
 * caller gives up (stored as abandoned, with the wait).
 */
final class WaitingRoom {

    /** How often a silent wait checks that the caller is still there. */
    private static final Duration CHECK = Duration.ofMillis(500);

    private final Acd acd;
    private final AcdActions actions;
    private final WaitingAnnouncements announcements;
    private final Clock clock;

    WaitingRoom(Acd acd, AcdActions actions, WaitingAnnouncements announcements, Clock clock) {
        this.acd = acd;
        this.actions = actions;
        this.announcements = announcements;
        this.clock = clock;
    }

    /**
     * Waits for what ends the wait: a consultant's answer or an overflow; null if the caller hung
     * up (the ACD has been told).
     */
    Handoff await(LiveCall call) {
        Channel caller = call.caller();
        Instant queuedAt = clock.instant();
        int made = 0;
        music(call, true);
        while (true) {
            Duration untilAnnouncement = Duration.between(clock.instant(), announcements.nextAt(queuedAt, made));
            Handoff handoff = call.next(min(untilAnnouncement, CHECK)).orElse(null);
            if (ChannelEnds.isDown(caller)) {
                actions.act(() -> acd.hangUp(call.contact(), CallEndReason.CALLER_HUNG_UP));
                return null;
            }
            if (handoff instanceof Handoff.AgentAnswered || handoff instanceof Handoff.Overflowed) {
                return handoff;
            }
            if (!clock.instant().isBefore(announcements.nextAt(queuedAt, made))) {
                announce(call, announcements.now(call.contact()), made == 0);
                made++;
            }
        }
    }

    private void announce(LiveCall call, List<Announcement> sentences, boolean first) {
        if (sentences.isEmpty()) {
            return;
        }
        music(call, false);
        if (first) {
            play(call, CallPrompts.PLEASE_WAIT);
        }
        for (Announcement sentence : sentences) {
            for (String word : sentence.prompts()) {
                if (call.hasHandoff()) {
                    return; // a consultant answered: stop talking, the conversation starts
                }
                play(call, word);
            }
        }
        music(call, true);
    }

    /** Plays to the waiting caller, breaking off at once when a consultant answers. */
    private static void play(LiveCall call, String prompt) {
        call.voice().playUnless(prompt, call::hasHandoff);
    }

    private static void music(LiveCall call, boolean on) {
        if (on) {
            call.voice().startMusic(CallPrompts.MUSIC_ON_HOLD);
        } else {
            call.voice().stopMusic();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
