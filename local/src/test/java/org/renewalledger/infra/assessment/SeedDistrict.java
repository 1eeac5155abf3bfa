package org.renewalledger.infra.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * A district with the seed's 2020 task (176 compounds, 286 buildings, 10,340 households) over five street
 * offices named after the seed's (介福路, 育才路, 镇江寺, 凯旋路, 南津路), placed in county 520524 under the demo
 * province so the demo administrator covers it. The same figures as the kernel's FirstReleaseDistrictAssessmentTest,
 * where the expected scores are computed by hand.
 */
final class SeedDistrict {

    static final String COUNTY = "520524";

    /** One street office: its plan targets and its compounds (households, buildings), started ones first. */
    record Office(String code, String name, int toStart, int toComplete, int buildingTarget, int householdTarget,
                  List<int[]> compounds, int started, int completed, boolean reports) {
    }

    static final List<Office> OFFICES = List.of(
            new Office("520524001", "介福路街道", 40, 40, 65, 2360, compounds(new int[][] {{40, 59}}, 25), 32, 32, true),
            new Office("520524002", "育才路街道", 36, 36, 58, 1875, compounds(new int[][] {{27, 38}, {2, 37}, {7, 110}}, 22), 29, 29, true),
            new Office("520524003", "镇江寺街道", 36, 36, 58, 1875, compounds(new int[][] {{27, 38}, {2, 37}, {7, 110}}, 22), 29, 29, false),
            new Office("520524004", "凯旋路街道", 32, 31, 53, 2355, compounds(new int[][] {{26, 73}, {5, 75}, {1, 73}}, 21), 26, 1, false),
            new Office("520524005", "南津路街道", 32, 31, 52, 1875, compounds(new int[][] {{20, 56}, {6, 55}, {6, 74}}, 20), 26, 1, true));

    private SeedDistrict() {
    }

    /** Compounds as {households, buildings}: runs of {count, households}; the first {@code twoBuildings} have two buildings. */
    private static List<int[]> compounds(int[][] runs, int twoBuildings) {
        List<int[]> compounds = new ArrayList<>();
        for (int[] run : runs) {
            for (int i = 0; i < run[0]; i++) {
                compounds.add(new int[] {run[1], compounds.size() < twoBuildings ? 2 : 1});
            }
        }
        return compounds;
    }
}
