package com.fieldportal.web.reconciliation;

import com.fieldportal.reconciliation.ReconciliationDesk;
import com.fieldportal.reconciliation.ReconciliationRun;
import com.fieldportal.reconciliation.RunStatus;
import com.fieldportal.web.Messages;
import com.fieldportal.web.layout.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The nightly job in the staff console: start it now, watch it run, its history and a chart of the last 30 runs. */
@Named
@ViewScoped
public class ReconciliationBacking implements Serializable {

    static final int CHART_RUNS = 30;

    @EJB
    ReconciliationDesk desk;

    private ReconciliationRun latest;
    private String chart;

    private final PagedModel<ReconciliationRun> runs = new PagedModel<>(new PagedModel.Source<>() {
        @Override
        public long count() {
            return desk.countRuns();
        }

        @Override
        public List<ReconciliationRun> rows(int first, int size) {
            return desk.runs(first, size);
        }
    }, ReconciliationRun::getId);

    public void load() {
        List<ReconciliationRun> last = desk.runs(0, CHART_RUNS);
        latest = last.isEmpty() ? null : last.get(0);
        chart = chartOf(last);
    }

    public void startNow() {
        desk.startNow();
        load();
        Messages.info("The reconciliation has started.");
    }

    public boolean isRunning() {
        return latest != null && latest.getStatus() == RunStatus.RUNNING;
    }

    /** Chart.js configuration: duration (seconds) and drifts fixed of the last 30 runs, oldest first. */
    private static String chartOf(List<ReconciliationRun> last) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.systemDefault());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder seconds = Json.createArrayBuilder();
        JsonArrayBuilder drifts = Json.createArrayBuilder();
        for (int i = last.size() - 1; i >= 0; i--) {
            ReconciliationRun run = last.get(i);
            Duration took = run.getDuration();
            labels.add(day.format(run.getStartedAt()));
            seconds.add(took == null ? 0 : took.toMillis() / 1000.0);
            drifts.add(run.getDrifts());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", "Duration (s)").add("data", seconds).add("yAxisID", "y"))
                                .add(Json.createObjectBuilder().add("label", "Drifts fixed").add("data", drifts).add("yAxisID", "drifts")
                                        .add("type", "line"))))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("position", "left"))
                                .add("drifts", Json.createObjectBuilder().add("beginAtZero", true).add("position", "right"))))
                .build().toString();
    }

    public String getChart() {
        return chart;
    }

    public ReconciliationRun getLatest() {
        return latest;
    }

    public PagedModel<ReconciliationRun> getRuns() {
        return runs;
    }
}
