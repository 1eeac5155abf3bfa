package org.renewalledger.bench.conventional;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentVotes extends JpaRepository<ConsentVote, Long> {

    Optional<ConsentVote> findByCompoundIdAndMatterAndOwner(String compoundId, String matter, String owner);
}
