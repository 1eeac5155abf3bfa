package org.renewalledger.bench.conventional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Disbursements extends JpaRepository<Disbursement, Long> {
}
