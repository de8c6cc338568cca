package pl.infolinia.server.ivr;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.infolinia.contactcenter.hotline.DemoHotline;
import pl.infolinia.contactcenter.hotline.FlowLibrary;
import pl.infolinia.contactcenter.ivr.FlowContext;
import pl.infolinia.contactcenter.ivr.FlowLoader;
import pl.infolinia.contactcenter.ivr.InvalidFlow;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;

/**
 * The {@link FlowLibrary} the calls read: every stored version published again at start, in order,
 * and the shipped demo flow stored as version 1 of {@code infolinia} when it has none.
 */
@Configuration
class FlowConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(FlowConfiguration.class);
    static final String SYSTEM = "system";

    @Bean
    FlowLibrary flowLibrary(Clock clock, JdbcFlowVersions store, HotlineFlowContext hotline, IvrAccess access,
            Auditor auditor) {
        FlowLibrary library = new FlowLibrary(clock);
        FlowContext context = hotline.current();
        for (PublishedFlow version : store.all()) {
            try {
                library.publish(version.name() + ".yaml", version.yaml(), context);
            } catch (InvalidFlow invalid) {
                // e.g. an office lost its transfer destination since; start anyway, on the versions still valid
                LOG.warn("IVR flow {} version {} is no longer valid and is not in force: {}", version.name(),
                        version.version(), invalid.getMessage());
            }
        }
        if (store.latest(DemoHotline.NUMBER).isEmpty()) {
            String yaml = FlowLoader.demoYaml();
            store.add(new PublishedFlow(DemoHotline.NUMBER, 1, yaml, SYSTEM, clock.instant(),
                    Optional.of("shipped demo flow")));
            library.publish(DemoHotline.NUMBER + ".yaml", yaml, context);
            auditor.recordAs(SYSTEM, AuditAction.IVR_FLOW_PUBLISHED, "ivr flow " + DemoHotline.NUMBER,
                    access.officeOf(DemoHotline.NUMBER), "version 1: shipped demo flow");
        }
        return library;
    }
}
