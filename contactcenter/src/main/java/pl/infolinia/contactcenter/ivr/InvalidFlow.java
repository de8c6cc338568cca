package pl.infolinia.contactcenter.ivr;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A flow file was refused; {@link #problems()} lists everything wrong with it, each with its line
 * and field, so that an admin can fix them all in one go. The server maps it to 400.
 */
public final class InvalidFlow extends RuntimeException {

    private final String source;
    private final transient List<FlowProblem> problems;

    public InvalidFlow(String source, List<FlowProblem> problems) {
        super(source + " is not a valid IVR flow:" + problems.stream()
                .map(p -> "\n  " + source + ":" + p)
                .collect(Collectors.joining()));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file or resource name the problems refer to. */
    public String source() {
        return source;
    }

    public List<FlowProblem> problems() {
        return problems;
    }
}
