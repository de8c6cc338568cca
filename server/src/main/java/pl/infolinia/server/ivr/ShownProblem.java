package pl.infolinia.server.ivr;

import java.util.List;
import pl.infolinia.contactcenter.ivr.FlowProblem;

/** A flow problem as the editor shows it: beside its line number, the text of that line. */
record ShownProblem(int line, int column, String field, String message, String text) {

    static List<ShownProblem> of(List<FlowProblem> problems, String yaml) {
        List<String> lines = yaml.lines().toList();
        return problems.stream().map(p -> new ShownProblem(p.line(), p.column(), p.field(), p.message(),
                p.line() >= 1 && p.line() <= lines.size() ? lines.get(p.line() - 1) : "")).toList();
    }
}
