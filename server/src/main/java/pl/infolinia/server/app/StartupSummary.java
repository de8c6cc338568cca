package pl.infolinia.server.app;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where to open Infolinia and how to sign in, once the server is ready. */
@Component
class StartupSummary {

    private final List<StartupNote> notes;
    private final String mode;

    StartupSummary(List<StartupNote> notes, @Value("${infolinia.run.mode:DEV}") String mode) {
        this.notes = notes;
        this.mode = mode;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext context)) {
            return;
        }
        String base = "http://localhost:" + context.getWebServer().getPort();
        StringBuilder text = new StringBuilder(System.lineSeparator());
        text.append("Infolinia is running (").append(mode.equals("DEV") ? "start-dev" : "start").append(")")
                .append(System.lineSeparator());
        line(text, "Web UI:   " + base + "/");
        line(text, "JSON API: " + base + "/api/offices  (HTTP Basic or the web session)");
        line(text, "Health:   " + base + "/actuator/health   Metrics: " + base + "/actuator/prometheus (admin)");
        notes.forEach(note -> note.lines().forEach(noteLine -> line(text, noteLine)));
        System.out.println(text);
    }

    private static void line(StringBuilder text, String line) {
        text.append("  ").append(line).append(System.lineSeparator());
    }
}
