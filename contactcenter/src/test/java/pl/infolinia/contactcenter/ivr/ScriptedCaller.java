package pl.infolinia.contactcenter.ivr;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A fake citizen who follows a script: "1" presses a key, "." lets a digit read time out, "X"
 * hangs up. When the script runs out the caller hangs up, so no test can wait forever.
 */
final class ScriptedCaller implements Caller {

    private final Deque<Character> script = new ArrayDeque<>();
    private final List<String> heard = new ArrayList<>();
    private boolean connected = true;
    private boolean hungUpByUs;

    ScriptedCaller(String script) {
        script.chars().forEach(c -> this.script.add((char) c));
    }

    @Override
    public String number() {
        return "+48600100200";
    }

    @Override
    public void play(String prompt) {
        if (connected) {
            heard.add(prompt);
        }
    }

    @Override
    public Optional<Character> readDigit(Duration timeout) {
        if (!connected) {
            return Optional.empty();
        }
        Character next = script.poll();
        if (next == null || next == 'X') {
            connected = false;
            return Optional.empty();
        }
        return next == '.' ? Optional.empty() : Optional.of(next);
    }

    @Override
    public Optional<String> recordMessage(Duration maxLength) {
        return connected ? Optional.of("nagrania/wiadomosc-1.wav") : Optional.empty();
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public void hangUp() {
        if (connected) {
            hungUpByUs = true;
        }
        connected = false;
    }

    List<String> heard() {
        return heard;
    }

    boolean hungUpByUs() {
        return hungUpByUs;
    }
}
