package pl.infolinia.contactcenter.ivr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads IVR flows from YAML and refuses invalid ones with every problem at its line and field.
 *
 * <p>A flow file has a {@code name}, a {@code start} node, {@code nodes} by id, each with a
 * {@code type} (play, menu, collect, hours, topic, queue, office, callback, message, hangup) and
 * its fields, and optionally {@code prompts}: the Polish text of each prompt name. The demo
 * hotline's flow is the resource {@value #DEMO}.
 */
public final class FlowLoader {

    /** The classpath resource of the demo hotline's flow. */
    public static final String DEMO = "/demo/ivr/infolinia.yaml";

    private FlowLoader() {
    }

    /**
     * The flow in {@code yaml}, checked against what exists.
     *
     * @param source the file name to show in problems, e.g. {@code infolinia.yaml}
     * @throws InvalidFlow listing every problem found
     */
    public static IvrFlow load(String source, String yaml, FlowContext context) {
        List<FlowProblem> problems = check(yaml, context);
        if (!problems.isEmpty()) {
            throw new InvalidFlow(source, problems);
        }
        return FlowParser.parse(yaml).flow();
    }

    /** Every problem in {@code yaml}, sorted by line; empty if the flow is valid. For editors that validate as admins type. */
    public static List<FlowProblem> check(String yaml, FlowContext context) {
        FlowParser.Parsed parsed = FlowParser.parse(yaml);
        List<FlowProblem> problems = new ArrayList<>(parsed.problems());
        if (parsed.flow() != null) {
            problems.addAll(FlowValidator.validate(parsed.flow(), parsed.declared(), parsed.positions(), context));
        }
        problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        return List.copyOf(problems);
    }

    /** The demo hotline's flow from the classpath. */
    public static IvrFlow demo(FlowContext context) {
        return load("infolinia.yaml", demoYaml(), context);
    }

    /** The demo hotline's flow as its YAML text, e.g. to publish it as a flow's first version. */
    public static String demoYaml() {
        try (InputStream in = FlowLoader.class.getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new IllegalStateException("demo flow " + DEMO + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
