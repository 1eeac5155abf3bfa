package org.renewalledger.bench.conventional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The same writes and the "history of a project" query, the way a Spring Data JPA + Envers user would write them. */
@Service
public class ConventionalLedger {

    private final ConsentVotes votes;
    private final ProjectAccounts accounts;
    private final Disbursements disbursements;
    @PersistenceContext
    private EntityManager entityManager;

    ConventionalLedger(ConsentVotes votes, ProjectAccounts accounts, Disbursements disbursements) {
        this.votes = votes;
        this.accounts = accounts;
        this.disbursements = disbursements;
    }

    /** Records or changes an owner's vote; the same owner cannot claim another area. */
    @Transactional
    public void recordConsent(String compoundId, String matter, String owner, long areaSquareCentimetres, String choice,
                              String channel, Instant castAt) {
        ConsentVote vote = votes.findByCompoundIdAndMatterAndOwner(compoundId, matter, owner)
                .orElseGet(() -> new ConsentVote(compoundId, matter, owner, areaSquareCentimetres));
        if (vote.areaSquareCentimetres != areaSquareCentimetres) {
            throw new IllegalArgumentException("An owner's area cannot change");
        }
        vote.choice = choice;
        vote.channel = channel;
        vote.castAt = castAt;
        votes.save(vote);
    }

    @Transactional
    public void openAccount(String projectId, long allocatedFen, long releasedFen) {
        accounts.save(new ProjectAccount(projectId, allocatedFen, releasedFen));
    }

    /** Pays out within the released tranche, under a row lock. */
    @Transactional
    public void disburse(String projectId, long amountFen, String recipient, String idempotencyKey, Instant at) {
        ProjectAccount account = accounts.lockById(projectId).orElseThrow();
        if (account.disbursedFen + amountFen > account.releasedFen) {
            throw new IllegalStateException("Tranche exceeded");
        }
        account.disbursedFen += amountFen;
        disbursements.save(new Disbursement(projectId, amountFen, recipient, idempotencyKey, at));
    }

    /** Every revision of the compound's votes and of the project's account and payments. */
    @Transactional(readOnly = true)
    public int history(String compoundId, String projectId) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<?> voteRevisions = reader.createQuery().forRevisionsOfEntity(ConsentVote.class, false, true)
                .add(AuditEntity.property("compoundId").eq(compoundId)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        List<?> accountRevisions = reader.createQuery().forRevisionsOfEntity(ProjectAccount.class, false, true)
                .add(AuditEntity.id().eq(projectId)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        List<?> paymentRevisions = reader.createQuery().forRevisionsOfEntity(Disbursement.class, false, true)
                .add(AuditEntity.property("projectId").eq(projectId)).getResultList();
        return voteRevisions.size() + accountRevisions.size() + paymentRevisions.size();
    }
}
