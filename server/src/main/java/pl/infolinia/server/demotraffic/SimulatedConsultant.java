package pl.infolinia.server.demotraffic;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import pl.infolinia.telephony.CallScript;
import pl.infolinia.telephony.Channel;
import pl.infolinia.telephony.MediaUri;

/**
 * A simulated consultant's phone: rings a moment, answers, "talks" (a looping prompt stands in for
 * the voice) for a while, and hangs up, unless the citizen hangs up first.
 */
final class SimulatedConsultant implements CallScript {

    private static final MediaUri VOICE = MediaUri.prompt("oddzwaniamy");

    @Override
    public void run(Channel phone) throws InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Thread.sleep(random.nextLong(800, 3000));
        phone.answer();
        phone.startMusicOnHold(VOICE);
        phone.awaitHangup(Duration.ofSeconds(random.nextLong(20, 75)));
        phone.hangup();
    }
}
