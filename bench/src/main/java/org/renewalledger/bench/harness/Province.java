package org.renewalledger.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic province, the same for the same seed and size: counties (division codes 52ccdd), street offices
 * (…001), compounds (…-001) whose household counts follow a log-normal law with a mean of about 167
 * (docs/DOMAIN.md, "Scale") and a long tail cut at 3,000. The first compound is the audit compound of workload 5: it gets
 * enough households for {@link BenchmarkSize#auditCompoundEvents()} votes at two votes a household.
 */
public record Province(List<CompoundPlan> compounds, List<String> counties, List<String> streetOffices) {

    /** ln-normal: median e^μ ≈ 111, mean e^(μ+σ²/2) = 167. */
    private static final double SIGMA = 0.9;
    private static final double MU = Math.log(167) - SIGMA * SIGMA / 2;
    private static final int MOST_HOUSEHOLDS = 3_000;

    public static Province generate(BenchmarkSize size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CompoundPlan> compounds = new ArrayList<>();
        List<String> counties = new ArrayList<>();
        List<String> offices = new ArrayList<>();
        for (int c = 0; c < size.counties(); c++) {
            String county = String.format("52%02d%02d", 1 + c / 20, 21 + c % 20);
            counties.add(county);
            for (int o = 0; o < size.officesPerCounty(); o++) {
                String office = county + String.format("%03d", o + 1);
                offices.add(office);
                for (int k = 0; k < size.compoundsPerOffice(); k++) {
                    int households = compounds.isEmpty() ? Math.max(1, size.auditCompoundEvents() / 2)
                            : households(random, size.householdScale());
                    compounds.add(new CompoundPlan(office + String.format("-%03d", k + 1), "合成" + (compounds.size() + 1) + "号小区",
                            county, office, "合成第" + (o + 1) + "街道", 1975 + random.nextInt(25),
                            Math.max(1, (households + 29) / 30), households, random.nextLong()));
                }
            }
        }
        return new Province(List.copyOf(compounds), List.copyOf(counties), List.copyOf(offices));
    }

    private static int households(SplittableRandom random, double scale) {
        double gaussian = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        long households = Math.round(Math.exp(MU + SIGMA * gaussian) * scale);
        return (int) Math.max(4, Math.min(MOST_HOUSEHOLDS, households));
    }

    public long households() {
        return compounds.stream().mapToLong(CompoundPlan::households).sum();
    }

    public CompoundPlan auditCompound() {
        return compounds.get(0);
    }
}
