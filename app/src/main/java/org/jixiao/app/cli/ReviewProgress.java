package org.jixiao.app.cli;

/** When {@code jixiao review} draws a progress bar: for a person at a terminal, on a run long enough to wait for. */
public final class ReviewProgress {

    /** Below this many inputs a run is too short for a progress bar. */
    public static final int FROM = 20;

    private ReviewProgress() {}

    /**
     * Whether to draw the bar.
     *
     * @param console whether a terminal is attached (nothing is drawn when the output is piped)
     * @param files how many inputs the run has
     * @return {@code true} to draw it
     */
    public static boolean shown(boolean console, int files) {
        return console && files >= FROM;
    }
}
