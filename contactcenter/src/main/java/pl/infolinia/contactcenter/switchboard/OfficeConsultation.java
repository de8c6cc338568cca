package pl.infolinia.contactcenter.switchboard;

import java.util.Optional;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.prompt.CallPrompts;
import pl.infolinia.telephony.Bridge;
import pl.infolinia.telephony.Channel;

/**
 * The consultant talking to an office before handing the citizen over (attended transfer): the
 * citizen waits on hold with music, out of the bridge, while the consultant and the office's line
 * share it; then the citizen is handed over or taken back.
 */
final class OfficeConsultation {

    private final LiveCall call;
    private final Bridge bridge;
    private final Channel line;
    private final OfficeCode office;

    private OfficeConsultation(LiveCall call, Bridge bridge, Channel line, OfficeCode office) {
        this.call = call;
        this.bridge = bridge;
        this.line = line;
        this.office = office;
    }

    /** Puts the citizen on hold and calls the office; empty (the citizen back) if it does not answer. */
    static Optional<OfficeConsultation> start(LiveCall call, Bridge bridge, OfficeLine offices, OfficeCode office) {
        ChannelEnds.unlessEnded(() -> bridge.remove(call.caller()));
        call.voice().startMusic(CallPrompts.MUSIC_ON_HOLD);
        Optional<Channel> line = offices.dialQuietly(call, office);
        if (line.isEmpty()) {
            takeBack(call, bridge);
            return Optional.empty();
        }
        ChannelEnds.unlessEnded(() -> bridge.add(line.get()));
        return Optional.of(new OfficeConsultation(call, bridge, line.get(), office));
    }

    OfficeCode office() {
        return office;
    }

    boolean officeHungUp() {
        return ChannelEnds.isDown(line);
    }

    /** The office's line, taken out of the consultant's bridge, for the citizen to be connected to. */
    Channel handOver() {
        ChannelEnds.unlessEnded(() -> bridge.remove(line));
        call.voice().stopMusic();
        return line;
    }

    /** Ends the call to the office and brings the citizen back to the consultant. */
    void cancel() {
        ChannelEnds.unlessEnded(() -> bridge.remove(line));
        line.hangup();
        takeBack(call, bridge);
    }

    private static void takeBack(LiveCall call, Bridge bridge) {
        call.voice().stopMusic();
        ChannelEnds.unlessEnded(() -> bridge.add(call.caller()));
    }
}
