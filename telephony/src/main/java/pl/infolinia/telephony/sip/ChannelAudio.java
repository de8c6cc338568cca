package pl.infolinia.telephony.sip;

import java.io.IOException;
import java.nio.file.Path;
import pl.infolinia.telephony.UnsupportedMediaFormat;
import pl.infolinia.telephony.media.FrameSource;
import pl.infolinia.telephony.media.LoopingSource;
import pl.infolinia.telephony.media.MediaClock;
import pl.infolinia.telephony.media.Mixer;
import pl.infolinia.telephony.media.RtpStream;
import pl.infolinia.telephony.media.UnsupportedAudioFormat;
import pl.infolinia.telephony.media.WavCache;

/**
 * What the far end of one channel hears, and where its voice goes: a prompt, music on hold,
 * its bridge, or silence, all over the channel's one RTP stream.
 *
 * <p>A prompt or music replaces the bridge's mix for this channel only; when music stops the
 * channel hears its bridge again. A key press ends a prompt (barge-in).
 */
final class ChannelAudio {

    private final RtpStream stream;
    private volatile PromptPlayback prompt;
    private Mixer.Port bridgePort;

    ChannelAudio(RtpStream stream) {
        this.stream = stream;
    }

    RtpStream stream() {
        return stream;
    }

    synchronized void join(Mixer.Port port) {
        bridgePort = port;
        stream.addSink(port);
        stream.play(port);
    }

    synchronized void leave(Mixer.Port port) {
        bridgePort = null;
        stream.removeSink(port);
        stream.play(FrameSource.SILENCE);
    }

    synchronized void play(PromptPlayback playback) {
        bargeIn();
        prompt = playback;
        stream.play(playback.source());
    }

    /**
     * Loops a WAV file until {@link #backToBridge()}.
     *
     * @throws UnsupportedMediaFormat if the file is missing or not 8 kHz mono WAV
     */
    void loop(Path file, WavCache wavs) {
        FrameSource music;
        try {
            music = new LoopingSource(wavs.read(file));
        } catch (IOException | UnsupportedAudioFormat e) {
            throw new UnsupportedMediaFormat(file + ": " + e.getMessage());
        }
        synchronized (this) {
            bargeIn();
            stream.play(music);
        }
    }

    synchronized void backToBridge() {
        stream.play(bridgePort != null ? bridgePort : FrameSource.SILENCE);
    }

    /** Stops the prompt playing now, if any. */
    void bargeIn() {
        PromptPlayback current = prompt;
        if (current != null) {
            current.stop();
        }
    }

    /** Ends the stream: off the clock, ports closed, recording finished. */
    void close(MediaClock clock) {
        bargeIn();
        clock.remove(stream);
        stream.close();
    }
}
