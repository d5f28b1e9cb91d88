package org.whosaid.analysis.engine.eval;

/** Token-level true positives, false positives and false negatives, with micro precision, recall and F1. */
public final class Counts {
    public long tp, fp, fn;

    public Counts() {
    }

    public Counts(long tp, long fp, long fn) {
        this.tp = tp;
        this.fp = fp;
        this.fn = fn;
    }

    public void add(Counts o) {
        tp += o.tp;
        fp += o.fp;
        fn += o.fn;
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** "P 61.2  R 55.0  F1 57.9  (tp/fp/fn)" in percent. */
    public String format() {
        return String.format(java.util.Locale.ROOT, "P %5.1f  R %5.1f  F1 %5.1f  (tp %d, fp %d, fn %d)",
                100 * precision(), 100 * recall(), 100 * f1(), tp, fp, fn);
    }

    @Override
    public String toString() {
        return format();
    }
}
