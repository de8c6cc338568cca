package pl.infolinia.telephony.sip;

import java.nio.file.Path;
import java.util.function.Consumer;
import pl.infolinia.telephony.TelephonyEvent;
import pl.infolinia.telephony.media.MediaClock;
import pl.infolinia.telephony.media.RtpPorts;
import pl.infolinia.telephony.media.WavCache;

/**
 * What every channel shares: the RTP ports, the media clock, the address put in SDP answers,
 * the prompts folder and the prompts already decoded, and the event sink.
 */
record CallMedia(RtpPorts ports, MediaClock clock, String address, Path prompts, WavCache wavs,
                 Consumer<TelephonyEvent> events) {
}
