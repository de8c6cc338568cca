package pl.infolinia.server.ivr;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.infolinia.contactcenter.ivr.FlowProblem;
import pl.infolinia.contactcenter.ivr.InvalidFlow;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.web.NotFound;

/**
 * IVR flows as JSON: the flows with their current version, a flow's YAML and history, and
 * publishing a new version by POSTing its YAML (201, or 422 with every problem at its line).
 */
@RestController
@RequestMapping("/api/ivr/flows")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN')")
class FlowApiController {

    private final JdbcFlowVersions store;
    private final FlowPublisher publisher;
    private final IvrAccess access;

    FlowApiController(JdbcFlowVersions store, FlowPublisher publisher, IvrAccess access) {
        this.store = store;
        this.publisher = publisher;
        this.access = access;
    }

    @GetMapping
    List<VersionJson> flows(@AuthenticationPrincipal SignedInUser me) {
        access.requireEditAny(me);
        return store.latest().stream().filter(flow -> access.mayEdit(me, flow.name())).map(VersionJson::of).toList();
    }

    @GetMapping("/{name}")
    FlowJson flow(@PathVariable String name, @AuthenticationPrincipal SignedInUser me) {
        return FlowJson.of(edited(name, me));
    }

    @GetMapping("/{name}/versions")
    List<VersionJson> versions(@PathVariable String name, @AuthenticationPrincipal SignedInUser me) {
        edited(name, me);
        return store.history(name).stream().map(VersionJson::of).toList();
    }

    @GetMapping("/{name}/versions/{version}")
    FlowJson version(@PathVariable String name, @PathVariable int version, @AuthenticationPrincipal SignedInUser me) {
        edited(name, me);
        return FlowJson.of(store.find(name, version).orElseThrow(() -> new NotFound("version " + version)));
    }

    /** The body is the flow's YAML as it is ({@code text/plain} or {@code application/yaml}). */
    @PostMapping("/{name}/versions")
    ResponseEntity<?> publish(@PathVariable String name, @RequestBody String yaml,
            @RequestParam(defaultValue = "") String comment, @AuthenticationPrincipal SignedInUser me) {
        edited(name, me);
        try {
            PublishedFlow published = publisher.publish(name, yaml.replace("\r\n", "\n"),
                    FlowController.comment(comment), me.getUsername());
            return ResponseEntity.created(URI.create("/api/ivr/flows/" + name + "/versions/" + published.version()))
                    .body(VersionJson.of(published));
        } catch (InvalidFlow invalid) {
            return ResponseEntity.status(422).body(new ProblemsJson(422, "invalid flow",
                    "The flow was not published: " + invalid.problems().size() + " problem(s). Nothing changed.",
                    invalid.problems()));
        } catch (FlowTooLarge tooLarge) {
            return ResponseEntity.status(413)
                    .body(new ProblemsJson(413, "flow too large", tooLarge.getMessage(), List.of()));
        }
    }

    private PublishedFlow edited(String name, SignedInUser me) {
        access.requireEdit(me, name);
        return store.latest(name).orElseThrow(() -> new NotFound("IVR flow " + name));
    }

    /** A version without its YAML, for lists. */
    record VersionJson(String name, int version, String publishedBy, Instant publishedAt, String comment) {

        static VersionJson of(PublishedFlow flow) {
            return new VersionJson(flow.name(), flow.version(), flow.publishedBy(), flow.publishedAt(),
                    flow.comment().orElse(null));
        }
    }

    /** A version with its YAML. */
    record FlowJson(String name, int version, String publishedBy, Instant publishedAt, String comment, String yaml) {

        static FlowJson of(PublishedFlow flow) {
            return new FlowJson(flow.name(), flow.version(), flow.publishedBy(), flow.publishedAt(),
                    flow.comment().orElse(null), flow.yaml());
        }
    }

    /** Why nothing was published: each problem with its line, column and field. */
    record ProblemsJson(int status, String error, String message, List<FlowProblem> problems) {
    }
}
