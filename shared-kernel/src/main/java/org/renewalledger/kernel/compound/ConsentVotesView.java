package org.renewalledger.kernel.compound;

import java.util.List;

/** The consent register of one matter: each owner's latest vote. */
public record ConsentVotesView(String compoundId, String matter, List<OwnerVoteView> votes) {
}
