package org.renewalledger.bench.conventional;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ProjectAccounts extends JpaRepository<ProjectAccount, String> {

    /** SELECT … FOR UPDATE: the usual guard against two payments overdrawing one allocation. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from ProjectAccount a where a.projectId = :projectId")
    Optional<ProjectAccount> lockById(String projectId);
}
