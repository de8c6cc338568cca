package pl.infolinia.server.supervisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.contactcenter.prompt.PromptSet;
import pl.infolinia.telephony.media.WavFormat;
import pl.infolinia.telephony.media.WavWriter;
import pl.infolinia.telephony.testkit.FreePorts;
import pl.infolinia.telephony.testkit.Sipp;

/** Citizens and phones for the supervisor's tests: a SIPp citizen who says a 1 kHz tone, and tones for softphones. */
final class Calls {

    static final int CITIZEN_HZ = 1000;

    private Calls() {
    }

    /**
     * A citizen calls the demo hotline from {@code number}, presses 1 (documents) in the menu and
     * then sends the testkit's 1 kHz tone for {@code holdMs}: caller-talks.xml with the tone for speech.
     */
    static Sipp.Running citizenWithTone(int enginePort, Path dir, String number, int holdMs) throws IOException {
        Path scenario = dir.resolve("caller-tone.xml");
        Files.writeString(scenario, Files.readString(Sipp.KIT.resolve("scenarios/caller-talks.xml"))
                .replace("../pcap/pl-dowod-pcmu.pcap", Sipp.KIT.resolve("pcap/tone-1khz-pcmu.pcap").toString()));
        long menu = DemoHotline.untilTheMenu(PromptSet.polish()).plusMillis(1500).toMillis();
        return Sipp.start(enginePort, scenario.toString(), FreePorts.next(), List.of("-s", "infolinia", "-m", "1",
                "-mp", Integer.toString(Sipp.mediaPort()), "-set", "digit", "1", "-set", "caller", number,
                "-set", "dtmf_delay_ms", Long.toString(menu), "-set", "hold_ms", Integer.toString(holdMs)));
    }

    /** A sine of {@code hz} at half of full scale, 8 kHz mono, for a softphone to say. */
    static Path tone(Path dir, int hz, int seconds) throws IOException {
        Path file = dir.resolve("tone-" + hz + ".wav");
        short[] samples = new short[8000 * seconds];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (0.5 * Short.MAX_VALUE * Math.sin(2 * Math.PI * hz * i / 8000.0));
        }
        try (WavWriter writer = new WavWriter(file, WavFormat.TELEPHONE)) {
            writer.write(samples);
        }
        return file;
    }
}
