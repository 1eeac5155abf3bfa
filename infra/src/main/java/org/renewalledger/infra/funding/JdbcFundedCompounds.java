package org.renewalledger.infra.funding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.SourceAmount;
import org.renewalledger.command.funding.FundedCompounds;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.funding.FundingMilestone;
import org.renewalledger.kernel.funding.ProjectId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link FundedCompounds} in {@code funding_compound_link} and {@code funding_compound_milestone} (V30) and
 * {@code funding_compound_scheme} (V140), through the
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

    @Override
    public void planned(CompoundId compound, List<SourceAmount> plan) {
        String text = plan.stream().map(line -> line.source().name() + ":" + line.amount().fen()).collect(Collectors.joining(","));
        jdbc.update("INSERT INTO funding_compound_scheme (compound_id, plan) VALUES (?, ?) "
                + "ON CONFLICT (compound_id) DO UPDATE SET plan = EXCLUDED.plan", compound.value(), text);
    }

    @Override
    public void approved(CompoundId compound, Money budget) {
        jdbc.update("INSERT INTO funding_compound_scheme (compound_id, approved_budget_fen) VALUES (?, ?) "
                + "ON CONFLICT (compound_id) DO UPDATE SET approved_budget_fen = EXCLUDED.approved_budget_fen",
                compound.value(), budget.fen());
    }

    @Override
    public Optional<ApprovedScheme> approvalOf(CompoundId compound) {
        return jdbc.query("SELECT plan, approved_budget_fen FROM funding_compound_scheme WHERE compound_id = ? "
                        + "AND approved_budget_fen IS NOT NULL",
                (row, n) -> new ApprovedScheme(Money.ofFen(row.getLong("approved_budget_fen")), parse(row.getString("plan"))),
                compound.value()).stream().findFirst();
    }

    private static List<SourceAmount> parse(String plan) {
        if (plan == null || plan.isBlank()) {
            return List.of();
        }
        return Arrays.stream(plan.split(",")).map(line -> line.split(":"))
                .map(parts -> new SourceAmount(FundingSource.valueOf(parts[0]), Money.ofFen(Long.parseLong(parts[1])))).toList();
    }
}
