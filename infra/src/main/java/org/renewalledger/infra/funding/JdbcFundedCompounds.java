package org.renewalledger.infra.funding;

import java.util.List;
import org.renewalledger.command.funding.FundedCompounds;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.funding.FundingMilestone;
import org.renewalledger.kernel.funding.ProjectId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link FundedCompounds} in {@code funding_compound_link} and {@code funding_compound_milestone} (V30), through the
 * event's own connection: the rows commit with the processor's token.
 */
@Component
class JdbcFundedCompounds implements FundedCompounds {

    private final JdbcTemplate jdbc;

    JdbcFundedCompounds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void link(CompoundId compound, ProjectId project, JurisdictionCode county) {
        jdbc.update("INSERT INTO funding_compound_link (compound_id, project_id, jurisdiction_code) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", compound.value(), project.value(), county.value());
    }

    @Override
    public void reached(CompoundId compound, FundingMilestone milestone) {
        jdbc.update("INSERT INTO funding_compound_milestone (compound_id, milestone) VALUES (?, ?) ON CONFLICT DO NOTHING",
                compound.value(), milestone.name());
    }

    @Override
    public List<FundingMilestone> milestonesOf(CompoundId compound) {
        return jdbc.queryForList("SELECT milestone FROM funding_compound_milestone WHERE compound_id = ?",
                String.class, compound.value()).stream().map(FundingMilestone::valueOf).toList();
    }

    @Override
    public List<FundingProject> projectsFunding(CompoundId compound) {
        return jdbc.query("SELECT project_id, jurisdiction_code FROM funding_compound_link WHERE compound_id = ? ORDER BY project_id",
                (row, n) -> new FundingProject(ProjectId.of(row.getString("project_id")), JurisdictionCode.of(row.getString("jurisdiction_code"))),
                compound.value());
    }
}
