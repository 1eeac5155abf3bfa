package org.renewalledger.bench;

import java.util.Arrays;
import org.renewalledger.bench.harness.Benchmark;

/**
 * The bench jar's entry: {@code benchmark …} runs the benchmark harness (docs/PERFORMANCE.md); anything
 * else is the soak runner's arguments (docs/RELIABILITY.md), as before.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("benchmark")) {
            System.exit(Benchmark.main(Arrays.copyOfRange(args, 1, args.length)) ? 0 : 1);
        }
        Soak.main(args);
    }
}
