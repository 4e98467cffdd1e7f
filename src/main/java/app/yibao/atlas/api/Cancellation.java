package app.yibao.atlas.api;

/**
 * Whether the request being worked on was abandoned (answered EXECUTION_TIMEOUT), so that the work stops instead
 * of running on for nobody. Set by the HTTP route's timer; read between fields by plans and by the engine's field
 * fetchers, which run on the thread that took the request (see {@link #runOn}).
 */
public final class Cancellation {

    private static final ThreadLocal<Cancellation> CURRENT = new ThreadLocal<>();

    private volatile boolean cancelled;
    private volatile boolean stoppedWork;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Whether work for the request saw the cancellation and stopped (rather than running to its end). */
    public boolean stoppedWork() {
        return stoppedWork;
    }

    /** True, and noted, when the work asking should stop: its request was abandoned. */
    public boolean stopsWork() {
        if (cancelled) {
            stoppedWork = true;
        }
        return cancelled;
    }

    /** Runs work on this thread with this cancellation as the current one. */
    public void runOn(Runnable work) {
        Cancellation previous = CURRENT.get();
        CURRENT.set(this);
        try {
            work.run();
        } finally {
            CURRENT.set(previous);
        }
    }

    /** Whether the work on this thread should stop, its request abandoned (noted, as {@link #stopsWork}). */
    public static boolean currentStopsWork() {
        Cancellation current = CURRENT.get();
        return current != null && current.stopsWork();
    }
}
