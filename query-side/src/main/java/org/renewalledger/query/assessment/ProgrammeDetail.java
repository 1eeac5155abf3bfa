package org.renewalledger.query.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.renewalledger.kernel.assessment.PlanTier;
import org.renewalledger.kernel.assessment.PlannedCompound;
import org.renewalledger.kernel.assessment.ProgrammeYear;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.compound.CompoundId;

/**
 * The {@code detail} column of a programme fact ({@code year:compounds:buildings:households:area_cm2} per year) and of a
 * plan's compound list ({@code TIER:compound} per compound), ';' between entries. Compound codes hold neither ':' nor
 * ';' ({@link CompoundId}), so the text reads back exactly.
 */
final class ProgrammeDetail {

    private ProgrammeDetail() {
    }

    static String write(List<ProgrammeYear> years) {
        return years.stream().map(y -> y.year() + ":" + y.compounds() + ":" + y.buildings() + ":" + y.households() + ":"
                + y.floorArea().squareCentimetres()).collect(Collectors.joining(";"));
    }

    static List<ProgrammeYear> years(String detail) {
        return Arrays.stream(detail.split(";")).map(entry -> entry.split(":"))
                .map(f -> new ProgrammeYear(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]), new Area(Long.parseLong(f[4]))))
                .toList();
    }

    static String writeCompounds(List<PlannedCompound> compounds) {
        return compounds.stream().map(c -> c.tier().name() + ":" + c.compoundId().value()).collect(Collectors.joining(";"));
    }

    static List<PlannedCompound> compounds(String detail) {
        return Arrays.stream(detail.split(";")).map(entry -> entry.split(":", 2))
                .map(f -> new PlannedCompound(CompoundId.of(f[1]), PlanTier.valueOf(f[0])))
                .toList();
    }
}
