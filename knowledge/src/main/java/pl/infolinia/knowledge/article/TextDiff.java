package pl.infolinia.knowledge.article;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line difference between two texts, as a version history shows it.
 *
 * <p>The longest common subsequence of lines is kept; the rest is removed or added. Quadratic in
 * the number of lines, which is fine for articles of a few hundred lines.
 */
public final class TextDiff {

    /** Whether a line is in both texts, only in the old one, or only in the new one. */
    public enum Change {
        SAME,
        REMOVED,
        ADDED
    }

    /**
     * One line of the difference.
     *
     * @param change what happened to the line
     * @param text   the line
     */
    public record Line(Change change, String text) {
    }

    private TextDiff() {
    }

    /** The lines of both texts in order, each marked same, removed or added. */
    public static List<Line> between(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                lines.add(new Line(Change.SAME, a.get(i++)));
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                lines.add(new Line(Change.REMOVED, a.get(i++)));
            } else {
                lines.add(new Line(Change.ADDED, b.get(j++)));
            }
        }
        return lines;
    }
}
