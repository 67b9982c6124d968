package io.sluice.benchmarks.jms;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Draws the throughput ratios Sluice / peer of every figure, one bar per transport, on a log scale centred on
 * 1 (parity), and writes them as a PNG with plain Java2D.
 */
final class ResultsChart {

    private static final int ROW = 34;
    private static final int LABEL_WIDTH = 260;
    private static final int PLOT_WIDTH = 560;
    private static final int TOP = 60;
    private static final double MIN_RATIO = 1.0 / 16;
    private static final double MAX_RATIO = 16;
    private static final Color[] TRANSPORT_COLOURS = {new Color(0x1F77B4), new Color(0xFF7F0E)};

    private ResultsChart() {
    }

    static void write(Path png, List<ComparisonReport> reports) throws IOException {
        Set<String> figures = new LinkedHashSet<>();
        List<Map<String, Double>> ratios = new ArrayList<>();
        for (ComparisonReport report : reports) {
            Map<String, Double> byFigure = report.ratios();
            ratios.add(byFigure);
            figures.addAll(byFigure.keySet());
        }
        int height = TOP + figures.size() * ROW + 60;
        BufferedImage image = new BufferedImage(LABEL_WIDTH + PLOT_WIDTH + 40, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("Throughput Sluice / Artemis (log scale; right of 1 = Sluice faster)", 10, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int t = 0; t < reports.size(); t++) {
            g.setColor(TRANSPORT_COLOURS[t % TRANSPORT_COLOURS.length]);
            g.fillRect(10 + t * 220, 36, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(reports.get(t).transport().title, 28 + t * 220, 47);
        }
        int bottom = TOP + figures.size() * ROW;
        for (double tick = MIN_RATIO; tick <= MAX_RATIO; tick *= 2) {
            int x = xOf(tick);
            g.setColor(tick == 1 ? Color.BLACK : new Color(0xDDDDDD));
            g.setStroke(new BasicStroke(tick == 1 ? 2f : 1f));
            g.drawLine(x, TOP - 4, x, bottom);
            g.setColor(Color.DARK_GRAY);
            g.drawString(tick >= 1 ? String.format(Locale.ROOT, "%.0fx", tick) : "1/" + Math.round(1 / tick), x - 10, bottom + 16);
        }
        int row = 0;
        int barHeight = (ROW - 8) / Math.max(1, reports.size());
        for (String figure : figures) {
            int y = TOP + row * ROW;
            g.setColor(Color.BLACK);
            g.drawString(figure, 10, y + ROW / 2 + 4);
            for (int t = 0; t < ratios.size(); t++) {
                Double ratio = ratios.get(t).get(figure);
                if (ratio == null || ratio.isNaN()) {
                    continue;
                }
                int from = xOf(1);
                int to = xOf(Math.max(MIN_RATIO, Math.min(MAX_RATIO, ratio)));
                g.setColor(TRANSPORT_COLOURS[t % TRANSPORT_COLOURS.length]);
                g.fillRect(Math.min(from, to), y + 4 + t * barHeight, Math.max(1, Math.abs(to - from)), barHeight - 2);
                g.setColor(Color.BLACK);
                g.drawString(String.format(Locale.ROOT, "%.2f", ratio), Math.max(from, to) + 4, y + 4 + t * barHeight + barHeight - 4);
            }
            row++;
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static int xOf(double ratio) {
        double span = Math.log(MAX_RATIO) - Math.log(MIN_RATIO);
        return LABEL_WIDTH + (int) Math.round((Math.log(ratio) - Math.log(MIN_RATIO)) / span * PLOT_WIDTH);
    }
}
