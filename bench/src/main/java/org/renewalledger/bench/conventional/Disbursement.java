package org.renewalledger.bench.conventional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** One disbursement row, its idempotency key unique, as the conventional design would record a payment. */
@Entity
@Audited
@Table(name = "disbursement")
public class Disbursement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;
    String projectId;
    long amountFen;
    String recipient;
    @Column(unique = true)
    String idempotencyKey;
    Instant recordedAt;

    protected Disbursement() {
    }

    Disbursement(String projectId, long amountFen, String recipient, String idempotencyKey, Instant recordedAt) {
        this.projectId = projectId;
        this.amountFen = amountFen;
        this.recipient = recipient;
        this.idempotencyKey = idempotencyKey;
        this.recordedAt = recordedAt;
    }
}
