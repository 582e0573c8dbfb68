package dev.tailor.pipeline;

import java.time.LocalDate;

/**
 * The run in progress: its id (the job instance id, which a restart keeps) and its day.
 * Set once when the job starts; read by the step's components.
 */
public class CurrentRun {
    private volatile long runId = -1;
    private volatile LocalDate today;

    void start(long id, LocalDate day) {
        this.runId = id;
        this.today = day;
    }

    public long runId() {
        if (runId < 0) {
            throw new IllegalStateException("no run has started");
        }
        return runId;
    }

    public LocalDate today() {
        return today;
    }
}
