package dev.kimball.benchmarks.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects trial durations and reports medians; the contenders alternate so machine noise hits both alike. */
final class Trials {
    private final List<Double> seconds = new ArrayList<>();

    void add(long nanos) {
        seconds.add(nanos / 1e9);
    }

    double median() {
        List<Double> s = new ArrayList<>(seconds);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    String describe(long rows) {
        return String.format("median %.2f s = %,.0f rows/s  (trials: %s)", median(), rows / median(),
                seconds.stream().map(x -> String.format("%.2f", x)).toList());
    }
}
