package org.renewalledger.command.compound;

import java.time.LocalDate;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.RecordWishesSurveyCommand;

/** {@code POST /api/compounds/{id}/wishes-survey}; a {@code surveyedOn} beyond the grace needs {@code backdatingReason}. */
public record WishesSurveyRequest(Integer households, Integer inFavour, LocalDate surveyedOn, String backdatingReason) {

    RecordWishesSurveyCommand toCommand(CompoundId id) {
        return new RecordWishesSurveyCommand(id, Require.present("households", households),
                Require.present("inFavour", inFavour), surveyedOn, backdatingReason);
    }
}
