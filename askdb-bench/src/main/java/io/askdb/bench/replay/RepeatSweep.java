package io.askdb.bench.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * What the savings depend on: the replay of askdb and both baselines at several repeat rates,
 * one stream per rate (the same seed and size), as a table and, when asked, a PNG of askdb's cost
 * ratio (both price tables) and mean-latency ratio against each baseline, by the share of
 * questions the stream repeats word for word (measured, not the rate asked for).
 */
public final class RepeatSweep {

    private static final List<String> CONTESTANTS = List.of("askdb", "baseline", "baseline-default");

    private final ReplayOptions options;
    private final List<Double> rates;
    private final Path chart;
    private final PrintStream out;
    private final PrintStream progress;

    public RepeatSweep(ReplayOptions options, List<Double> rates, Path chart, PrintStream out, PrintStream progress) {
        this.options = options;
        this.rates = List.copyOf(rates);
        this.chart = chart;
        this.out = out;
        this.progress = progress;
    }

    /** Runs every rate, prints the table and a JSON line per rate, writes the chart; returns the lines. */
    public List<ObjectNode> run() throws SQLException, IOException {
        List<ObjectNode> lines = new ArrayList<>();
        for (double rate : rates) {
            ReplayOptions one = options.withRepeatRate(rate, options.questions(), CONTESTANTS);
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            ObjectNode line = new Replay(one, new PrintStream(report, true, StandardCharsets.UTF_8), progress).run();
            line.put("repeatRateAsked", rate);
            lines.add(line);
            progress.printf(Locale.ROOT, "repeat rate %.2f: done%n", rate);
        }
        out.printf(Locale.ROOT, "%d questions a point, seed %d, %s phrasings, model-aware stub: %s%n",
                options.questions(), options.seed(), options.phrasings().wireName(),
                options.perfectModels() ? "off" : "on");
        out.printf(Locale.ROOT, "%-6s %-8s %-8s | %-27s | %-27s | %s%n", "asked", "repeated", "in mean.",
                "vs all-o4-mini: cost d/l, lat", "vs all-gpt-4.1: cost d/l, lat", "correct askdb / o4 / 4.1");
        for (ObjectNode line : lines) {
            JsonNode vs = line.at("/ratio/vs");
            out.printf(Locale.ROOT, "%-6.2f %7.1f%% %7.1f%% | %7.3f %7.3f %9.3f   | %7.3f %7.3f %9.3f   | %d / %d / %d%n",
                    line.get("repeatRateAsked").asDouble(), 100 * line.at("/stream/repeatedTextShare").asDouble(),
                    100 * line.at("/stream/repeatedIntentShare").asDouble(),
                    vs.at("/baseline/cost/design").asDouble(), vs.at("/baseline/cost/list").asDouble(),
                    vs.at("/baseline/meanLatency").asDouble(), vs.at("/baseline-default/cost/design").asDouble(),
                    vs.at("/baseline-default/cost/list").asDouble(), vs.at("/baseline-default/meanLatency").asDouble(),
                    line.at("/askdb/correct").asInt(), line.at("/baseline/correct").asInt(),
                    line.at("/baseline-default/correct").asInt());
        }
        for (ObjectNode line : lines) {
            out.println(line.toString());
        }
        if (chart != null) {
            draw(lines, chart);
            out.println("chart written to " + chart);
        }
        return lines;
    }

    /** Two stacked plots sharing the x axis: cost ratios above, latency ratios below. */
    static void draw(List<ObjectNode> lines, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYSeriesCollection cost = new XYSeriesCollection();
        XYSeriesCollection latency = new XYSeriesCollection();
        XYSeries costO4Design = new XYSeries("vs all to o4-mini, design prices");
        XYSeries costO4List = new XYSeries("vs all to o4-mini, list prices");
        XYSeries cost41Design = new XYSeries("vs all to gpt-4.1, design prices");
        XYSeries cost41List = new XYSeries("vs all to gpt-4.1, list prices");
        XYSeries latO4 = new XYSeries("vs all to o4-mini");
        XYSeries lat41 = new XYSeries("vs all to gpt-4.1");
        for (ObjectNode line : lines) {
            double x = 100 * line.at("/stream/repeatedTextShare").asDouble();
            JsonNode vs = line.at("/ratio/vs");
            costO4Design.add(x, vs.at("/baseline/cost/design").asDouble());
            costO4List.add(x, vs.at("/baseline/cost/list").asDouble());
            cost41Design.add(x, vs.at("/baseline-default/cost/design").asDouble());
            cost41List.add(x, vs.at("/baseline-default/cost/list").asDouble());
            latO4.add(x, vs.at("/baseline/meanLatency").asDouble());
            lat41.add(x, vs.at("/baseline-default/meanLatency").asDouble());
        }
        cost.addSeries(costO4Design);
        cost.addSeries(costO4List);
        cost.addSeries(cost41Design);
        cost.addSeries(cost41List);
        latency.addSeries(latO4);
        latency.addSeries(lat41);
        NumberAxis x = new NumberAxis("questions repeating an earlier one word for word (%)");
        x.setRange(0, 75);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.add(subplot(cost, "askdb cost / baseline cost", new Color[] {
            new Color(0x1f77b4), new Color(0x1f77b4), new Color(0xd62728), new Color(0xd62728)}, new boolean[] {
                false, true, false, true}), 1);
        plot.add(subplot(latency, "askdb mean latency / baseline's", new Color[] {
            new Color(0x1f77b4), new Color(0xd62728)}, new boolean[] {false, false}), 1);
        plot.setGap(12);
        JFreeChart jfc = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        jfc.setBackgroundPaint(Color.WHITE);
        int questions = lines.isEmpty() ? 0 : lines.get(0).get("questions").asInt();
        jfc.setTitle(new TextTitle(String.format(Locale.ROOT,
                "askdb against two baselines by repeat rate (%d questions a point, model-aware stub)", questions)));
        ChartUtils.saveChartAsPNG(file.toFile(), jfc, 900, 700);
    }

    private static XYPlot subplot(XYSeriesCollection data, String label, Color[] colors, boolean[] dashed) {
        NumberAxis y = new NumberAxis(label);
        y.setRange(0, 1.05);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < colors.length; i++) {
            renderer.setSeriesPaint(i, colors[i]);
            renderer.setSeriesStroke(i, dashed[i]
                    ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(2f));
        }
        XYPlot plot = new XYPlot(data, null, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }
}
