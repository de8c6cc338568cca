package pl.infolinia.contactcenter.switchboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.contact.ContactId;
import pl.infolinia.contactcenter.ivr.Caller;
import pl.infolinia.contactcenter.prompt.CallPrompts;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.ChannelState;
import pl.infolinia.telephony.InvalidChannelState;
import pl.infolinia.telephony.Playback;
import pl.infolinia.telephony.Recording;
import pl.infolinia.telephony.UnsupportedMediaFormat;

/**
 * The IVR's {@link Caller} on a telephony channel: prompts played from the office's prompts,
 * keys read from the channel, messages recorded to a WAV file named after the contact.
 */
final class ChannelCaller implements Caller {

    private static final System.Logger LOG = System.getLogger(ChannelCaller.class.getName());
    private static final Duration INTERRUPT_CHECK = Duration.ofMillis(100);

    private final Channel channel;
    private final ContactId contact;
    private final OfficeCode office;
    private final OfficePrompts prompts;
    private final Path messages;

    ChannelCaller(Channel channel, ContactId contact, OfficeCode office, OfficePrompts prompts, Path messages) {
        this.channel = channel;
        this.contact = contact;
        this.office = office;
        this.prompts = prompts;
        this.messages = messages;
    }

    @Override
    public String number() {
        return channel.caller();
    }

    @Override
    public void play(String prompt) {
        playUnless(prompt, () -> false);
    }

    /** Plays a prompt to its end, or stops it as soon as {@code interrupted} says so. */
    void playUnless(String prompt, BooleanSupplier interrupted) {
        if (!isConnected()) {
            return;
        }
        try {
            Playback playback = channel.play(prompts.media(office, prompt));
            while (!playback.awaitFinished(INTERRUPT_CHECK)) {
                if (interrupted.getAsBoolean()) {
                    playback.stop();
                    return;
                }
            }
        } catch (UnsupportedMediaFormat e) {
            // a missing or broken prompt must not cost the citizen the call: they hear nothing and go on
            LOG.log(System.Logger.Level.WARNING, "prompt " + prompt + " of office " + office + " cannot be played: "
                    + e.getMessage());
        } catch (InvalidChannelState e) {
            // the caller hung up meanwhile; the flow notices through isConnected
        }
    }

    /** Plays music round and round until {@link #stopMusic()}; a missing file means silence. */
    void startMusic(String prompt) {
        try {
            channel.startMusicOnHold(prompts.media(office, prompt));
        } catch (UnsupportedMediaFormat e) {
            LOG.log(System.Logger.Level.WARNING, "music " + prompt + " of office " + office + " cannot be played: "
                    + e.getMessage());
        } catch (InvalidChannelState e) {
            // the caller hung up meanwhile
        }
    }

    void stopMusic() {
        ChannelEnds.unlessEnded(channel::stopMusicOnHold);
    }

    @Override
    public Optional<Character> readDigit(Duration timeout) {
        return channel.readDigit(timeout);
    }

    @Override
    public Optional<String> recordMessage(Duration maxLength) {
        play(CallPrompts.BEEP);
        if (!isConnected()) {
            return Optional.empty();
        }
        Path file = messages.resolve(contact.value() + ".wav");
        Recording recording;
        try {
            Files.createDirectories(messages);
            recording = channel.record(file);
        } catch (java.io.IOException | InvalidChannelState e) {
            return Optional.empty();
        }
        Instant until = Instant.now().plus(maxLength);
        while (isConnected() && Instant.now().isBefore(until)) {
            Optional<Character> key = channel.readDigit(Duration.between(Instant.now(), until));
            if (key.isPresent() && key.get() == '#') {
                break;
            }
        }
        Duration length = recording.stop();
        return length.isZero() ? Optional.empty() : Optional.of(file.toString());
    }

    @Override
    public boolean isConnected() {
        return channel.state() != ChannelState.DOWN;
    }

    @Override
    public void hangUp() {
        channel.hangup();
    }
}
