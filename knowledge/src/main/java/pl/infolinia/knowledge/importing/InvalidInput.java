package pl.infolinia.knowledge.importing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an import is refused because of problems in its files; nothing was changed.
 *
 * <p>Carries every problem found, not just the first, so an editor can fix them all at once.
 */
public final class InvalidInput extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public InvalidInput(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the import:\n"
                + problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in file order. */
    public List<ImportProblem> problems() {
        return problems;
    }
}
