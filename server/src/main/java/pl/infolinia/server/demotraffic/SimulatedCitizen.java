package pl.infolinia.server.demotraffic;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import pl.infolinia.telephony.CallNotAnswered;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.Telephony;

/**
 * A simulated citizen: calls the hotline from a random mobile number, listens to the greeting
 * and the recording notice, presses the key of a topic (documents most often), and stays on the
 * line as long as their patience lasts, talking to a consultant if one answers meanwhile.
 */
final class SimulatedCitizen implements Runnable {

    /** Keys by how often citizens choose them: documents and family lead, a consultant directly is rare. */
    private static final String KEYS = "1111112222333445566789990";

    private final Telephony phone;
    private final String hotline;
    private final Duration untilTheMenu;

    SimulatedCitizen(Telephony phone, String hotline, Duration untilTheMenu) {
        this.phone = phone;
        this.hotline = hotline;
        this.untilTheMenu = untilTheMenu;
    }

    @Override
    public void run() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String number = "48" + (5 + random.nextInt(4)) + String.format("%08d", random.nextInt(100_000_000));
        Channel call;
        try {
            call = phone.dial(hotline, number, Duration.ofSeconds(20));
        } catch (CallNotAnswered e) {
            return;
        }
        try {
            if (call.awaitHangup(untilTheMenu)) {
                return;
            }
            call.sendDigits(String.valueOf(KEYS.charAt(random.nextInt(KEYS.length()))));
            call.awaitHangup(Duration.ofSeconds(random.nextLong(30, 150)));
        } finally {
            call.hangup();
        }
    }
}
