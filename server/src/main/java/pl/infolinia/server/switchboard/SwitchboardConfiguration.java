package pl.infolinia.server.switchboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.calendar.CalendarText;
import pl.infolinia.contactcenter.calendar.OfficeCalendar;
import pl.infolinia.contactcenter.contact.ContactEventLog;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.contactcenter.hotline.FlowLibrary;
import pl.infolinia.contactcenter.hotline.HotlineDirectory;
import pl.infolinia.contactcenter.prompt.PromptSet;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.recordingpolicy.RecordingPolicies;
import pl.infolinia.contactcenter.switchboard.Switchboard;
import pl.infolinia.contactcenter.switchboard.SwitchboardSettings;
import pl.infolinia.telephony.Telephony;

/**
 * The hotline {@code infolinia}, run by the Chancellery (KPRM) with one queue per topic of its
 * menu, answered by the switchboard on the server's telephony engine. The shipped Polish prompts
 * are copied into the data folder's prompts at start, leaving any replaced ones as they are.
 */
@Configuration
@ConditionalOnWebApplication
class SwitchboardConfiguration {

    /** The office that runs the demo hotline and its queues. */
    static final OfficeCode HOTLINE_OFFICE = OfficeCode.of("KPRM");

    @Bean
    HotlineDirectory hotlines() {
        return new HotlineDirectory(List.of(DemoHotline.hotline(HOTLINE_OFFICE)));
    }

    @Bean
    Acd acd(Clock clock, ContactEventLog log) {
        // consultants join the floor when their phone registers (UserAgents), with their skills then
        return new Acd(clock, log, DemoHotline.queues(HOTLINE_OFFICE), List.of());
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    Switchboard switchboard(Telephony telephony, Acd acd, HotlineDirectory hotlines, FlowLibrary flows,
            ServerOfficeLines offices, UserAgents agents, ContactEventLog log, Clock clock,
            RecordingPolicies recordingPolicies, @Value("${infolinia.data.dir:./data}") String dataDir,
            @Value("${infolinia.hotline.hours:always}") String hours) {
        SwitchboardSettings settings = SwitchboardSettings.under(Path.of(dataDir));
        try {
            PromptSet.polish().installInto(settings.prompts());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the prompts into " + settings.prompts(), e);
        }
        return new Switchboard(telephony, acd, hotlines, flows,
                Map.of(DemoHotline.CALENDAR, hotlineHours(hours)), offices, agents, log, clock, settings,
                recordingPolicies);
    }

    private static OfficeCalendar hotlineHours(String hours) {
        try {
            return CalendarText.parse(hours);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("infolinia.hotline.hours (INFOLINIA_HOTLINE_HOURS, --hotline-hours): "
                    + e.getMessage(), e);
        }
    }
}
