package pl.infolinia.contactcenter.ivr;

/**
 * One thing wrong with a flow file, pointing at the line and the field to fix, e.g.
 * {@code line 31, nodes.menu.options.7: no node 'temat-firma'}.
 *
 * <p>Lines and columns count from 1, as editors show them.
 */
public record FlowProblem(int line, int column, String field, String message) {

    @Override
    public String toString() {
        return "line " + line + ", " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
