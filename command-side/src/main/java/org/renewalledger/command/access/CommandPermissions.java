package org.renewalledger.command.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.renewalledger.kernel.assessment.CloseMonthlyAssessmentCommand;
import org.renewalledger.kernel.assessment.ReissueMonthlyAssessmentCommand;
import org.renewalledger.kernel.assessment.ListPlanCompoundsCommand;
import org.renewalledger.kernel.assessment.SetAnnualPlanCommand;
import org.renewalledger.kernel.assessment.SetProgrammeCommand;
import org.renewalledger.kernel.assessment.RecordSatisfactionSurveyCommand;
import org.renewalledger.kernel.assessment.SubmitMonthlyReportCommand;
import org.renewalledger.kernel.access.BindContractorCommand;
import org.renewalledger.kernel.access.BindOwnersCommitteeCommand;
import org.renewalledger.kernel.access.UnbindContractorCommand;
import org.renewalledger.kernel.access.UnbindOwnersCommitteeCommand;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.funding.RecordApprovedBudgetCommand;
import org.renewalledger.kernel.funding.RecordBudgetOverrideCommand;
import org.renewalledger.kernel.funding.RecordCostFigureCommand;
import org.renewalledger.kernel.compound.ApproveSchemeCommand;
import org.renewalledger.kernel.compound.CloseConsentCountCommand;
import org.renewalledger.kernel.compound.CloseElevatorConsentCommand;
import org.renewalledger.kernel.compound.ErasePersonalDataCommand;
import org.renewalledger.kernel.compound.FormSelfGovernanceCommand;
import org.renewalledger.kernel.compound.ImportConsentCommand;
import org.renewalledger.kernel.compound.OpenElevatorConsentCommand;
import org.renewalledger.kernel.compound.PublishNoticeCommand;
import org.renewalledger.kernel.compound.RecordComplaintCommand;
import org.renewalledger.kernel.compound.RecordConsentCommand;
import org.renewalledger.kernel.compound.RecordElevatorConsentCommand;
import org.renewalledger.kernel.compound.RecordMilestoneCommand;
import org.renewalledger.kernel.compound.RecordWishesSurveyCommand;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;
import org.renewalledger.kernel.compound.ReportProgressCommand;
import org.renewalledger.kernel.compound.SetUpLongTermManagementCommand;
import org.renewalledger.kernel.compound.SubmitApplicationCommand;
import org.renewalledger.kernel.compound.SubmitSchemeCommand;
import org.renewalledger.kernel.evidence.RecordEvidenceUploadCommand;
import org.renewalledger.kernel.funding.AllocateFromFundCommand;
import org.renewalledger.kernel.funding.AllocateFundsCommand;
import org.renewalledger.kernel.funding.ClawBackFundsCommand;
import org.renewalledger.kernel.funding.CommitFundsCommand;
import org.renewalledger.kernel.funding.DisburseSubsidyCommand;
import org.renewalledger.kernel.funding.LinkFundingToCompoundCommand;
import org.renewalledger.kernel.funding.RecordAuditFindingCommand;
import org.renewalledger.kernel.funding.RecordExpenditureCommand;
import org.renewalledger.kernel.funding.RecordFundingMilestoneCommand;
import org.renewalledger.kernel.funding.RecordResidentContributionCommand;
import org.renewalledger.kernel.funding.ReverseEntryCommand;
import org.renewalledger.kernel.funding.ReverseFundEntryCommand;
import org.renewalledger.kernel.funding.ShareUtilityCostCommand;
import org.renewalledger.kernel.policy.RecordHolidayCalendarCommand;
import org.renewalledger.kernel.policy.SetAssessmentPolicyCommand;
import org.renewalledger.kernel.policy.SetJurisdictionPolicyCommand;
import org.renewalledger.kernel.review.CloseCaseCommand;
import org.renewalledger.kernel.review.DecideObjectionCommand;
import org.renewalledger.kernel.review.DecideRewardCommand;
import org.renewalledger.kernel.review.IssueConclusionCommand;
import org.renewalledger.kernel.review.IssueMeasureCommand;
import org.renewalledger.kernel.review.LodgeObjectionCommand;
import org.renewalledger.kernel.review.OrderRectificationCommand;
import org.renewalledger.kernel.review.RecordFindingCommand;
import org.renewalledger.kernel.review.RecordPublishedStandingCommand;
import org.renewalledger.kernel.review.ReferForAccountabilityCommand;
import org.renewalledger.kernel.review.SubmitEvidenceCommand;
import org.renewalledger.kernel.review.VerifyRectificationCommand;

/**
 * Which roles may send which command: the one table that authorisation reads. A role may act only inside
 * its own jurisdiction, which {@link CommandAuthorizationInterceptor} checks for commands that name one and
 * the aggregates check for commands on a compound or project they already know. There is no command that
 * deletes: corrections are new, reversing entries.
 */
public final class CommandPermissions {

    private static final Set<Role> STREET_OFFICE_WORK = EnumSet.of(Role.STREET_OFFICE, Role.HOUSING_BUREAU, Role.ADMINISTRATOR);

    private static final Map<Class<?>, Set<Role>> ALLOWED = Map.ofEntries(
            // The renovation lifecycle (docs/LIFECYCLE.md).
            Map.entry(RegisterCompoundCommand.class, STREET_OFFICE_WORK),
            Map.entry(RecordWishesSurveyCommand.class, STREET_OFFICE_WORK),
            Map.entry(SubmitApplicationCommand.class, EnumSet.of(Role.OWNERS_COMMITTEE, Role.STREET_OFFICE, Role.ADMINISTRATOR)),
            Map.entry(FormSelfGovernanceCommand.class, EnumSet.of(Role.OWNERS_COMMITTEE, Role.STREET_OFFICE, Role.ADMINISTRATOR)),
            Map.entry(SubmitSchemeCommand.class, STREET_OFFICE_WORK),
            Map.entry(PublishNoticeCommand.class, STREET_OFFICE_WORK),
            Map.entry(RecordConsentCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.ADMINISTRATOR)),
            Map.entry(CloseConsentCountCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.ADMINISTRATOR)),
            // The owners' roster is kept by the street office from the housing registry.
            Map.entry(org.renewalledger.kernel.compound.OpenConsentCountCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.ADMINISTRATOR)),
            Map.entry(org.renewalledger.kernel.compound.RecordRosterUnitCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.ADMINISTRATOR)),
            Map.entry(org.renewalledger.kernel.compound.ImportOwnersRosterCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.ADMINISTRATOR)),
            Map.entry(org.renewalledger.kernel.compound.CorrectRosterUnitCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.ADMINISTRATOR)),
            Map.entry(org.renewalledger.kernel.compound.TransferUnitCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.ADMINISTRATOR)),
            Map.entry(OpenElevatorConsentCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.ADMINISTRATOR)),
            Map.entry(RecordElevatorConsentCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.ADMINISTRATOR)),
            Map.entry(CloseElevatorConsentCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.ADMINISTRATOR)),
            // 方案审定 is the housing bureau's alone.
            Map.entry(ApproveSchemeCommand.class, EnumSet.of(Role.HOUSING_BUREAU)),
            // Each milestone names its own roles (Milestone.mayBeRecordedBy), checked by the aggregate.
            Map.entry(RecordMilestoneCommand.class, EnumSet.of(Role.HOUSING_BUREAU, Role.FINANCE_BUREAU,
                    Role.IMPLEMENTING_ENTITY, Role.AUDITOR, Role.ADMINISTRATOR)),
            Map.entry(ReportProgressCommand.class, EnumSet.of(Role.IMPLEMENTING_ENTITY, Role.HOUSING_BUREAU, Role.ADMINISTRATOR)),
            Map.entry(RecordComplaintCommand.class, STREET_OFFICE_WORK),
            Map.entry(SetUpLongTermManagementCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.OWNERS_COMMITTEE,
                    Role.HOUSING_BUREAU, Role.ADMINISTRATOR)),
            // A county's housing bureau sets its own county's policy; administrators any.
            Map.entry(SetJurisdictionPolicyCommand.class, EnumSet.of(Role.HOUSING_BUREAU, Role.ADMINISTRATOR)),
            Map.entry(SetAssessmentPolicyCommand.class, EnumSet.of(Role.HOUSING_BUREAU, Role.ADMINISTRATOR)),
            // Money (docs/FUNDING.md) moves only by the finance bureau's hand; auditors read, they do not move money.
            Map.entry(AllocateFundsCommand.class, EnumSet.of(Role.FINANCE_BUREAU)),
            Map.entry(DisburseSubsidyCommand.class, EnumSet.of(Role.FINANCE_BUREAU)),
            Map.entry(RecordResidentContributionCommand.class, EnumSet.of(Role.FINANCE_BUREAU)),
            Map.entry(ShareUtilityCostCommand.class, EnumSet.of(Role.FINANCE_BUREAU)),
            Map.entry(ClawBackFundsCommand.class, EnumSet.of(Role.FINANCE_BUREAU)),
            Map.entry(ReverseEntryCommand.class, EnumSet.of(Role.FINANCE_BUREAU)),
            // The implementing entity reports what it paid out; the finance bureau may record it for them.
            Map.entry(RecordExpenditureCommand.class, EnumSet.of(Role.IMPLEMENTING_ENTITY, Role.FINANCE_BUREAU)),
            // Auditors write findings and nothing else.
            Map.entry(RecordAuditFindingCommand.class, EnumSet.of(Role.AUDITOR)),
            // Milestones that gate tranches: fed from the lifecycle (LifecycleMilestoneRelay), or reported by the housing bureau.
            Map.entry(RecordFundingMilestoneCommand.class, EnumSet.of(Role.HOUSING_BUREAU, Role.ADMINISTRATOR)),
            // Funds across levels (docs/FUNDING.md): the finance bureau of the fund's level commits, allocates
            // down and corrects; the link of a project to its compound is the finance or housing bureau's.
            Map.entry(CommitFundsCommand.class, EnumSet.of(Role.FINANCE_BUREAU)),
            Map.entry(AllocateFromFundCommand.class, EnumSet.of(Role.FINANCE_BUREAU)),
            Map.entry(ReverseFundEntryCommand.class, EnumSet.of(Role.FINANCE_BUREAU)),
            Map.entry(LinkFundingToCompoundCommand.class, EnumSet.of(Role.FINANCE_BUREAU, Role.HOUSING_BUREAU, Role.ADMINISTRATOR)),
            // Money against approval (docs/FUNDING.md): the approved budget comes from the scheme's approval (the relay, as
            // an administrator); raising the cap is the housing bureau's decision, which approved the budget, never the
            // finance bureau's that allocates against it; each cost figure by the office whose document it is (CostStage).
            Map.entry(RecordApprovedBudgetCommand.class, EnumSet.of(Role.ADMINISTRATOR)),
            Map.entry(RecordBudgetOverrideCommand.class, EnumSet.of(Role.HOUSING_BUREAU)),
            Map.entry(RecordCostFigureCommand.class, EnumSet.of(Role.FINANCE_BUREAU, Role.IMPLEMENTING_ENTITY,
                    Role.HOUSING_BUREAU, Role.AUDITOR)),
            // Least privilege (docs/SECURITY.md): the housing bureau binds the units contracted on a project; the street
            // office its compound's owners' committee. Bound roles act only where bound (CommandAuthorizationInterceptor).
            Map.entry(BindContractorCommand.class, EnumSet.of(Role.HOUSING_BUREAU, Role.ADMINISTRATOR)),
            Map.entry(UnbindContractorCommand.class, EnumSet.of(Role.HOUSING_BUREAU, Role.ADMINISTRATOR)),
            Map.entry(BindOwnersCommitteeCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.ADMINISTRATOR)),
            Map.entry(UnbindOwnersCommitteeCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.ADMINISTRATOR)),
            // Annual plans and the monthly assessment (docs/ASSESSMENT.md): the housing bureau sets plans and runs the
            // assessment; a unit reports for itself (a street office; a department's report by its bureau).
            Map.entry(SetAnnualPlanCommand.class, EnumSet.of(Role.HOUSING_BUREAU, Role.ADMINISTRATOR)),
            Map.entry(SetProgrammeCommand.class, EnumSet.of(Role.HOUSING_BUREAU, Role.ADMINISTRATOR)),
            Map.entry(ListPlanCompoundsCommand.class, EnumSet.of(Role.HOUSING_BUREAU, Role.ADMINISTRATOR)),
            Map.entry(RecordSatisfactionSurveyCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.HOUSING_BUREAU, Role.ADMINISTRATOR)),
            Map.entry(SubmitMonthlyReportCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.HOUSING_BUREAU,
                    Role.FINANCE_BUREAU, Role.ADMINISTRATOR)),
            // A month is closed by the housing bureau, or by the review office (督查室, seed 004: 由县考核办负责组织开展督查考评)
            // when the ranking includes the bureau itself (the aggregate refuses a unit closing its own ranking).
            Map.entry(CloseMonthlyAssessmentCommand.class, EnumSet.of(Role.HOUSING_BUREAU, Role.DISCIPLINE_OFFICE, Role.ADMINISTRATOR)),
            Map.entry(ReissueMonthlyAssessmentCommand.class, EnumSet.of(Role.HOUSING_BUREAU, Role.DISCIPLINE_OFFICE, Role.ADMINISTRATOR)),
            // Disciplinary review (docs/REVIEW.md): the discipline office runs a case; the housing bureau may also
            // issue measures, order and verify rectification; auditors may record findings; the unit under review
            // (street office or department, checked by the case) submits evidence and objects.
            Map.entry(RecordFindingCommand.class, EnumSet.of(Role.DISCIPLINE_OFFICE, Role.HOUSING_BUREAU, Role.AUDITOR)),
            Map.entry(IssueConclusionCommand.class, EnumSet.of(Role.DISCIPLINE_OFFICE)),
            Map.entry(IssueMeasureCommand.class, EnumSet.of(Role.DISCIPLINE_OFFICE, Role.HOUSING_BUREAU)),
            Map.entry(OrderRectificationCommand.class, EnumSet.of(Role.DISCIPLINE_OFFICE, Role.HOUSING_BUREAU)),
            Map.entry(VerifyRectificationCommand.class, EnumSet.of(Role.DISCIPLINE_OFFICE, Role.HOUSING_BUREAU)),
            Map.entry(SubmitEvidenceCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.HOUSING_BUREAU, Role.FINANCE_BUREAU)),
            Map.entry(LodgeObjectionCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.HOUSING_BUREAU, Role.FINANCE_BUREAU)),
            Map.entry(DecideObjectionCommand.class, EnumSet.of(Role.DISCIPLINE_OFFICE)),
            Map.entry(DecideRewardCommand.class, EnumSet.of(Role.DISCIPLINE_OFFICE)),
            Map.entry(ReferForAccountabilityCommand.class, EnumSet.of(Role.DISCIPLINE_OFFICE)),
            Map.entry(CloseCaseCommand.class, EnumSet.of(Role.DISCIPLINE_OFFICE)),
            // Sent by the escalation ladder on the discipline office's behalf when an assessment is published.
            Map.entry(RecordPublishedStandingCommand.class, EnumSet.of(Role.DISCIPLINE_OFFICE, Role.ADMINISTRATOR)),
            // Bulk import of a consent survey sheet (docs/PERFORMANCE.md): whoever records single votes.
            Map.entry(ImportConsentCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.ADMINISTRATOR)),
            // Security (docs/SECURITY.md): forgetting a resident's personal data is an administrator's act.
            Map.entry(ErasePersonalDataCommand.class, EnumSet.of(Role.ADMINISTRATOR)),
            // A year's official holiday calendar holds nationwide: an administrator of the whole country records it.
            Map.entry(RecordHolidayCalendarCommand.class, EnumSet.of(Role.ADMINISTRATOR)),
            // Evidence (docs/LIFECYCLE.md): whoever records a step may upload its photos and scans; an upload changes
            // nothing until a command names it, so oversight may upload the documents of its own records too.
            Map.entry(RecordEvidenceUploadCommand.class, EnumSet.allOf(Role.class)));

    /**
     * Commands no HTTP endpoint sends: event handlers send them on a role's behalf (the escalation ladder records
     * a unit's published standing as the discipline office). The table still authorises them; the generated
     * authorisation matrix, which works through HTTP, covers every other command.
     */
    public static final Set<Class<?>> SENT_BY_EVENT_HANDLERS = Set.of(RecordPublishedStandingCommand.class,
            RecordApprovedBudgetCommand.class);

    /**
     * The only commands auditors and the discipline office may send: their own findings and measures (and the
     * settlement audit milestone, 结算审计). They read everything in their jurisdiction and change nothing
     * else; {@code CommandPermissionsTest} holds every table row to this. A new finding or measure command
     * for them goes here as well as into the table.
     */
    public static final Set<Class<?>> OVERSIGHT_RECORDS = Set.of(RecordAuditFindingCommand.class, RecordMilestoneCommand.class,
            // the disciplinary review's findings and measures (docs/REVIEW.md), and the standings the ladder records
            RecordFindingCommand.class, IssueConclusionCommand.class, IssueMeasureCommand.class,
            OrderRectificationCommand.class, VerifyRectificationCommand.class, DecideObjectionCommand.class,
            ReferForAccountabilityCommand.class, CloseCaseCommand.class, RecordPublishedStandingCommand.class,
            DecideRewardCommand.class,
            // the review office closes and reissues a ranking that includes the housing bureau (docs/ASSESSMENT.md)
            CloseMonthlyAssessmentCommand.class, ReissueMonthlyAssessmentCommand.class,
            // the audited settlement (审计结算) figure, whose stage's role the ledger checks itself
            RecordCostFigureCommand.class,
            // the upload of a document, which changes nothing until a record names it
            RecordEvidenceUploadCommand.class);

    private CommandPermissions() {
    }

    public static boolean allows(Class<?> commandType, Role role) {
        return ALLOWED.getOrDefault(commandType, Set.of()).contains(role);
    }

    /** The roles allowed to send a command; empty for a command the table does not name. */
    public static Set<Role> rolesFor(Class<?> commandType) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(ALLOWED.getOrDefault(commandType, Set.of()));
        return roles;
    }

    /** Every command type the table knows; a command missing here is refused to everyone. */
    public static Set<Class<?>> commandTypes() {
        return ALLOWED.keySet();
    }
}
