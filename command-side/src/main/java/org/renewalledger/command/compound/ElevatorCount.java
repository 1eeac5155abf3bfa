package org.renewalledger.command.compound;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.OwnerReference;

/**
 * One stairwell unit's elevator count as the compound sees it: open or closed, and, for a count an earlier build held
 * in the compound's stream, its votes over the households and area stated at the opening and the shaft owners. A
 * count opened now keeps its ballots in its own stream ({@link ConsentCount}; {@code ownStream}).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class ElevatorCount {

    private ConsentRegister register;
    private List<OwnerReference> shaftOwners = new ArrayList<>();
    private boolean ownStream;

    ElevatorCount() {
    }

    ElevatorCount(long households, Area exclusiveArea, List<OwnerReference> shaftOwners) {
        this.register = ConsentRegister.overRegisteredFloorArea(households, exclusiveArea);
        this.shaftOwners = new ArrayList<>(shaftOwners);
    }

    boolean ownStream() {
        return ownStream;
    }

    void moved() {
        ownStream = true;
    }

    ConsentRegister register() {
        return register;
    }

    List<OwnerReference> shaftOwners() {
        return shaftOwners;
    }

    boolean agrees(OwnerReference owner) {
        ConsentRegister.Ballot ballot = register.latestOf(owner);
        return ballot != null && ballot.choice() == ConsentChoice.AGREE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ElevatorCount that && register.equals(that.register) && shaftOwners.equals(that.shaftOwners)
                && ownStream == that.ownStream;
    }

    @Override
    public int hashCode() {
        return Objects.hash(register, shaftOwners);
    }
}
