package dev.kimball.core.bronze;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.api.LoadReport;
import dev.kimball.api.Sources;
import java.nio.file.Path;

/** Child-process entry of {@link BigFileLoadIT}: loads one CSV into a DuckDB file and prints the counts and peak heap. */
public final class BigFileLoadMain {
    private BigFileLoadMain() {
    }

    public static void main(String[] args) {
        try (KimballSession k = Kimball.embedded(Path.of(args[1]))) {
            LoadReport r = k.acquire(Sources.csv(Path.of(args[0]))).toBronze().run();
            long peak = 0;
            for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println("read=" + r.rowsRead() + " loaded=" + r.rowsLoaded() + " rejected=" + r.rowsRejected()
                    + " bytes=" + r.bytes() + " seconds=" + r.duration().toMillis() / 1000.0 + " sumOfHeapPoolPeaksMB=" + peak / (1 << 20)
                    + " maxHeapMB=" + Runtime.getRuntime().maxMemory() / (1 << 20));
        }
    }
}
