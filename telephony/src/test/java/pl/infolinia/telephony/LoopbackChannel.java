package pl.infolinia.telephony;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Channel} without SIP or RTP, for testing call scripts: the test presses keys and
 * hangs up as the caller, and reads back what the script played, recorded and sent.
 *
 * <p>Shipped in telephony's test-jar, as FreeSWITCH has mod_loopback: modules that run call
 * scripts (contactcenter) test them on this instead of a mock. It keeps the real channel's rules:
 * media needs {@link ChannelState#UP}, a hang-up wakes {@link #readDigit} with empty, and
 * playbacks end at once (there is no audio to wait for).
 */
public final class LoopbackChannel implements Channel {

    private static final char HUNG_UP = '\0';

    private final ChannelId id = ChannelId.random();
    private final String caller;
    private final String called;
    private final BlockingQueue<Character> keys = new LinkedBlockingQueue<>();
    private final CountDownLatch down = new CountDownLatch(1);
    private final List<MediaUri> played = new CopyOnWriteArrayList<>();
    private final List<Path> recorded = new CopyOnWriteArrayList<>();
    private final List<Path> paused = new CopyOnWriteArrayList<>();
    private final List<Character> sent = new CopyOnWriteArrayList<>();
    private final List<TransferOutcome> transfers = new CopyOnWriteArrayList<>();
    private volatile ChannelState state = ChannelState.RINGING;
    private volatile MediaUri music;
    private volatile boolean early;

    public LoopbackChannel(String caller, String called) {
        this.caller = caller;
        this.called = called;
    }

    /** The caller presses keys; a script's {@link #readDigit} gets them in order. */
    public LoopbackChannel pressKeys(String digits) {
        digits.chars().forEach(key -> keys.add((char) key));
        return this;
    }

    /** The caller hangs up. */
    public void farEndHangsUp() {
        end();
    }

    /** Everything played to the caller, in order. */
    public List<MediaUri> played() {
        return List.copyOf(played);
    }

    /** The music on hold playing now, if any. */
    public Optional<MediaUri> musicOnHold() {
        return Optional.ofNullable(music);
    }

    /** The files whose recording is paused now. */
    public List<Path> pausedRecordings() {
        return List.copyOf(paused);
    }

    /** The files recordings were started to. */
    public List<Path> recordings() {
        return List.copyOf(recorded);
    }

    /** Keys sent to the far end with {@link #sendDigits}. */
    public List<Character> sentDigits() {
        return List.copyOf(sent);
    }

    /** Outcomes reported with {@link #reportTransfer}. */
    public List<TransferOutcome> reportedTransfers() {
        return List.copyOf(transfers);
    }

    @Override
    public ChannelId id() {
        return id;
    }

    @Override
    public String caller() {
        return caller;
    }

    @Override
    public String called() {
        return called;
    }

    @Override
    public ChannelState state() {
        return state;
    }

    @Override
    public synchronized void answer() {
        require(ChannelState.RINGING, "answer");
        state = ChannelState.UP;
    }

    @Override
    public synchronized void progress() {
        require(ChannelState.RINGING, "progress");
        early = true;
    }

    @Override
    public void hangup() {
        end();
    }

    private synchronized void end() {
        if (state != ChannelState.DOWN) {
            state = ChannelState.DOWN;
            keys.add(HUNG_UP);
            down.countDown();
        }
    }

    @Override
    public Playback play(MediaUri media) {
        requireMedia("play");
        played.add(media);
        return new Playback() {
            @Override
            public void stop() {
            }

            @Override
            public Playback awaitFinished() {
                return this;
            }

            @Override
            public boolean awaitFinished(Duration timeout) {
                return true;
            }
        };
    }

    @Override
    public void startMusicOnHold(MediaUri media) {
        requireMedia("startMusicOnHold");
        music = media;
    }

    @Override
    public void stopMusicOnHold() {
        requireMedia("stopMusicOnHold");
        music = null;
    }

    @Override
    public Recording record(Path file) {
        requireMedia("record");
        recorded.add(file);
        return new Recording() {
            @Override
            public Path file() {
                return file;
            }

            @Override
            public void pause() {
                paused.add(file);
            }

            @Override
            public void resume() {
                paused.remove(file);
            }

            @Override
            public Duration stop() {
                return Duration.ZERO;
            }
        };
    }

    @Override
    public Optional<Character> readDigit(Duration timeout) {
        try {
            Character key = keys.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (key == null) {
                return Optional.empty();
            }
            if (key == HUNG_UP) {
                keys.add(HUNG_UP);
                return Optional.empty();
            }
            return Optional.of(key);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public void sendDigits(String digits) {
        requireMedia("sendDigits");
        digits.chars().forEach(key -> sent.add((char) key));
    }

    @Override
    public void reportTransfer(TransferOutcome outcome) {
        require(ChannelState.UP, "reportTransfer");
        transfers.add(outcome);
    }

    @Override
    public boolean awaitHangup(Duration timeout) {
        try {
            return down.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void requireMedia(String operation) {
        if (state != ChannelState.UP && !(state == ChannelState.RINGING && early)) {
            throw new InvalidChannelState(id, state, operation);
        }
    }

    private void require(ChannelState wanted, String operation) {
        if (state != wanted) {
            throw new InvalidChannelState(id, state, operation);
        }
    }
}
