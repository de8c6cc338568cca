package pl.infolinia.server.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart of calls offered and answered per interval, as geometry for the page's inline SVG:
 * two bars per interval (offered, answered; told apart by pattern and by legend, not only by
 * colour), a y axis with round ticks, and every few intervals a label.
 */
public record TrafficChart(int width, int height, int plotTop, int plotBottom, int plotLeft, List<Bar> bars, List<Tick> ticks,
        List<Label> labels) {

    static final int WIDTH = 960;
    static final int HEIGHT = 300;
    private static final int LEFT = 50;
    private static final int TOP = 10;
    private static final int BOTTOM = 250;

    static TrafficChart of(List<TrafficLine> lines) {
        int max = Math.max(1, lines.stream().mapToInt(l -> l.figures().offered()).max().orElse(0));
        int step = niceStep(max);
        int top = (max + step - 1) / step * step;
        double slot = (double) (WIDTH - LEFT - 10) / Math.max(1, lines.size());
        double barWidth = Math.max(1, slot * 0.4);
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int labelEvery = Math.max(1, (int) Math.ceil(lines.size() / 12.0));
        for (int i = 0; i < lines.size(); i++) {
            TrafficLine line = lines.get(i);
            double x = LEFT + i * slot + slot * 0.1;
            bars.add(bar(line, x, barWidth, line.figures().offered(), top, true));
            bars.add(bar(line, x + barWidth, barWidth, line.figures().answered(), top, false));
            if (i % labelEvery == 0) {
                labels.add(new Label(round(x), line.interval().length() > 10 ? line.interval().substring(11) : line.interval()));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (int value = 0; value <= top; value += step) {
            ticks.add(new Tick(round(BOTTOM - (double) value / top * (BOTTOM - TOP)), value));
        }
        return new TrafficChart(WIDTH, HEIGHT, TOP, BOTTOM, LEFT, bars, ticks, labels);
    }

    private static Bar bar(TrafficLine line, double x, double width, int value, int top, boolean offered) {
        double height = (double) value / top * (BOTTOM - TOP);
        return new Bar(round(x), round(BOTTOM - height), round(width), round(height), offered, line.interval(), value);
    }

    private static int niceStep(int max) {
        int step = 1;
        while (max / step > 8) {
            step = step == 1 ? 2 : step == 2 ? 5 : step % 10 == 5 ? step * 2 : step * 5 / 2;
        }
        return step;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** One bar; {@code offered} tells which of the pair it is. */
    public record Bar(double x, double y, double width, double height, boolean offered, String interval, int value) {
    }

    public record Tick(double y, int value) {
    }

    public record Label(double x, String text) {
    }
}
