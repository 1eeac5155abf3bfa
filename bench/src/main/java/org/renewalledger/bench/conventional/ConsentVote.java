package org.renewalledger.bench.conventional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** An owner's current vote, as a JPA user would keep it: one row, updated in place, Envers keeping the history. */
@Entity
@Audited
@Table(name = "consent_vote", uniqueConstraints = @UniqueConstraint(columnNames = {"compoundId", "matter", "owner"}))
public class ConsentVote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;
    String compoundId;
    String matter;
    String owner;
    long areaSquareCentimetres;
    String choice;
    String channel;
    Instant castAt;
    @Version
    long version;

    protected ConsentVote() {
    }

    ConsentVote(String compoundId, String matter, String owner, long areaSquareCentimetres) {
        this.compoundId = compoundId;
        this.matter = matter;
        this.owner = owner;
        this.areaSquareCentimetres = areaSquareCentimetres;
    }
}
