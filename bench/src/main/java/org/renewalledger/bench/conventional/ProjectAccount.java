package org.renewalledger.bench.conventional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A project's money per the conventional design: running totals in one row, Envers keeping every revision. */
@Entity
@Audited
@Table(name = "project_account")
public class ProjectAccount {

    @Id
    String projectId;
    long allocatedFen;
    long releasedFen;
    long disbursedFen;
    @Version
    long version;

    protected ProjectAccount() {
    }

    ProjectAccount(String projectId, long allocatedFen, long releasedFen) {
        this.projectId = projectId;
        this.allocatedFen = allocatedFen;
        this.releasedFen = releasedFen;
    }
}
