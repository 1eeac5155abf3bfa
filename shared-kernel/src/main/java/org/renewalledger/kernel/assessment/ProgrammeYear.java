package org.renewalledger.kernel.assessment;

import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;

/**
 * One year of a unit's multi-year programme (改造计划, seed 000: 2020 年 开工176个 … 栋数286栋 … 户数10340户): the compounds
 * to start, their buildings, households and floor area.
 */
public record ProgrammeYear(int year, int compounds, int buildings, int households, Area floorArea) {

    public ProgrammeYear {
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("year", "A programme year lies between 2000 and 2100");
        }
        if (compounds < 0 || buildings < 0 || households < 0) {
            throw DomainException.invalid("years", "A programme's targets cannot be negative");
        }
        Require.present("floorArea", floorArea);
    }
}
