package org.renewalledger.command.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.policy.ReviewPolicy;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.assessment.UnitKind;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.review.CaseClosedEvent;
import org.renewalledger.kernel.review.CaseId;
import org.renewalledger.kernel.review.CaseOutcome;
import org.renewalledger.kernel.review.CloseCaseCommand;
import org.renewalledger.kernel.review.ConclusionIssuedEvent;
import org.renewalledger.kernel.review.DecideObjectionCommand;
import org.renewalledger.kernel.review.EvidenceSubmittedEvent;
import org.renewalledger.kernel.review.FindingRecordedEvent;
import org.renewalledger.kernel.review.IssueConclusionCommand;
import org.renewalledger.kernel.review.IssueMeasureCommand;
import org.renewalledger.kernel.review.LodgeObjectionCommand;
import org.renewalledger.kernel.review.Measure;
import org.renewalledger.kernel.review.MeasureIssuedEvent;
import org.renewalledger.kernel.review.ObjectionDecidedEvent;
import org.renewalledger.kernel.review.ObjectionLodgedEvent;
import org.renewalledger.kernel.review.OrderRectificationCommand;
import org.renewalledger.kernel.review.RecordFindingCommand;
import org.renewalledger.kernel.review.RectificationOrderedEvent;
import org.renewalledger.kernel.review.RectificationVerifiedEvent;
import org.renewalledger.kernel.review.ReferForAccountabilityCommand;
import org.renewalledger.kernel.review.ReferredForAccountabilityEvent;
import org.renewalledger.kernel.review.SubmitEvidenceCommand;
import org.renewalledger.kernel.evidence.EvidenceHash;
import org.renewalledger.command.evidence.EvidenceRegister;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.kernel.review.VerifyRectificationCommand;

/** The inspection procedure of a review case, rule by rule, behind the command bus's authorisation. */
class ReviewCaseTest {

    /** An uploaded photo of the rectified work. */
    private static final EvidenceHash PHOTO = EvidenceHash.parse("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

    private static final CaseId CASE = CaseId.of("DC-2026-001");
    private static final JurisdictionCode COUNTY = JurisdictionCode.of("520523");
    private static final ResponsibleUnit GUCHANG = ResponsibleUnit.streetOffice(JurisdictionCode.of("520523001"));
    private static final ResponsibleUnit HOUSING_DEPT = new ResponsibleUnit("520523-HOUSING_BUREAU", UnitKind.DEPARTMENT, COUNTY);
    private static final Map<String, ?> DISCIPLINE = new Actor("li", Role.DISCIPLINE_OFFICE, COUNTY).asMetaData();
    private static final Map<String, ?> HOUSING = new Actor("chen", Role.HOUSING_BUREAU, COUNTY).asMetaData();
    private static final Map<String, ?> AUDITOR = new Actor("wu", Role.AUDITOR, COUNTY).asMetaData();
    private static final Map<String, ?> STREET_OFFICE = new Actor("wang", Role.STREET_OFFICE, JurisdictionCode.of("520523001")).asMetaData();
    private static final Map<String, ?> OTHER_STREET_OFFICE = new Actor("zhang", Role.STREET_OFFICE, JurisdictionCode.of("520523002")).asMetaData();
    private static final Map<String, ?> OTHER_COUNTY_DISCIPLINE = new Actor("he", Role.DISCIPLINE_OFFICE, JurisdictionCode.of("520524")).asMetaData();

    /** 1 March 2026 in Beijing. */
    private static final LocalDate CONCLUDED_ON = LocalDate.of(2026, 3, 1);

    private FixtureConfiguration<ReviewCase> fixture;
    private MutableClock clock;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(CONCLUDED_ON);
        fixture = new AggregateTestFixture<>(ReviewCase.class);
        fixture.registerInjectableResource(ReviewPolicy.DEFAULT);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(PolicyBook.withDefaults(PolicySet.DEFAULT));
        fixture.registerInjectableResource(new EvidenceRegister(PHOTO.streamId()::equals));
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    private static FindingRecordedEvent found() {
        return new FindingRecordedEvent(CASE, GUCHANG, COUNTY, "3月开工率排名末位", YearMonth.of(2026, 2));
    }

    private static ConclusionIssuedEvent concluded() {
        return new ConclusionIssuedEvent(CASE, GUCHANG, "开工进度滞后，限期整改", CONCLUDED_ON, LocalDate.of(2026, 3, 31));
    }

    private static RectificationOrderedEvent ordered() {
        return new RectificationOrderedEvent(CASE, GUCHANG, "4月15日前全部开工", CONCLUDED_ON, LocalDate.of(2026, 4, 15));
    }

    private static EvidenceSubmittedEvent evidenced() {
        return new EvidenceSubmittedEvent(CASE, GUCHANG, "开工报告5份", LocalDate.of(2026, 4, 10), false, List.of(PHOTO));
    }

    @Test
    void shouldOpenTheCase_whenTheDisciplineOfficeRecordsAFinding() {
        fixture.givenNoPriorActivity()
                .when(new RecordFindingCommand(CASE, GUCHANG, COUNTY, "3月开工率排名末位", YearMonth.of(2026, 2)), DISCIPLINE)
                .expectEvents(found());
    }

    @Test
    void shouldOpenTheCase_whenAnAuditorRecordsAFinding() {
        fixture.givenNoPriorActivity()
                .when(new RecordFindingCommand(CASE, GUCHANG, COUNTY, "3月开工率排名末位", YearMonth.of(2026, 2)), AUDITOR)
                .expectEvents(found());
    }

    @Test
    void shouldRefuseAFinding_whenAStreetOfficeRecordsIt() {
        fixture.givenNoPriorActivity()
                .when(new RecordFindingCommand(CASE, GUCHANG, COUNTY, "自查", null), STREET_OFFICE)
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseAFinding_whenTheOfficeIsOfAnotherCounty() {
        fixture.givenNoPriorActivity()
                .when(new RecordFindingCommand(CASE, GUCHANG, COUNTY, "进度滞后", null), OTHER_COUNTY_DISCIPLINE)
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseAFinding_whenTheHousingBureauRecordsItOnItself() {
        fixture.givenNoPriorActivity()
                .when(new RecordFindingCommand(CASE, HOUSING_DEPT, COUNTY, "资金拨付慢", null), HOUSING)
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldStartThirtyCalendarDaysToObject_whenTheConclusionIsIssued() {
        fixture.given(found())
                .when(new IssueConclusionCommand(CASE, "开工进度滞后，限期整改"), DISCIPLINE)
                .expectEvents(concluded());
    }

    @Test
    void shouldRefuseTheConclusion_whenTheHousingBureauIssuesIt() {
        fixture.given(found())
                .when(new IssueConclusionCommand(CASE, "开工进度滞后"), HOUSING)
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseASecondConclusion() {
        fixture.given(found(), concluded())
                .when(new IssueConclusionCommand(CASE, "再次结论"), DISCIPLINE)
                .expectException(refusal(ErrorCode.REVIEW_STEP_OUT_OF_ORDER));
    }

    @Test
    void shouldRefuseAMeasure_beforeTheConclusion() {
        fixture.given(found())
                .when(new IssueMeasureCommand(CASE, Measure.CIRCULAR_OF_CRITICISM, "全县通报", 0), DISCIPLINE)
                .expectException(refusal(ErrorCode.REVIEW_STEP_OUT_OF_ORDER));
    }

    @Test
    void shouldIssueACircular_whenTheConclusionStands() {
        fixture.given(found(), concluded())
                .when(new IssueMeasureCommand(CASE, Measure.CIRCULAR_OF_CRITICISM, "全县通报批评", 0), DISCIPLINE)
                .expectEvents(new MeasureIssuedEvent(CASE, GUCHANG, Measure.CIRCULAR_OF_CRITICISM, "全县通报批评", 0, CONCLUDED_ON));
    }

    @Test
    void shouldDeductPoints_whenTheHousingBureauIssuesADeduction() {
        fixture.given(found(), concluded())
                .when(new IssueMeasureCommand(CASE, Measure.POINT_DEDUCTION, "扣减绩效分", 50), HOUSING)
                .expectEvents(new MeasureIssuedEvent(CASE, GUCHANG, Measure.POINT_DEDUCTION, "扣减绩效分", 50, CONCLUDED_ON));
    }

    @Test
    void shouldHoldAnAdmonishmentTalk_whenTheOfficeIssuesIt() {
        fixture.given(found(), concluded())
                .when(new IssueMeasureCommand(CASE, Measure.ADMONISHMENT_TALK, "约谈街道主要负责人", 0), DISCIPLINE)
                .expectEvents(new MeasureIssuedEvent(CASE, GUCHANG, Measure.ADMONISHMENT_TALK, "约谈街道主要负责人", 0, CONCLUDED_ON));
    }

    @Test
    void shouldAcceptAnObjection_onTheThirtiethDayAfterTheConclusion() {
        clock.setDate(LocalDate.of(2026, 3, 31));
        fixture.given(found(), concluded())
                .when(new LodgeObjectionCommand(CASE, "数据统计口径有误"), STREET_OFFICE)
                .expectEvents(new ObjectionLodgedEvent(CASE, GUCHANG, "数据统计口径有误", LocalDate.of(2026, 3, 31),
                        LocalDate.of(2026, 4, 30)));
    }

    @Test
    void shouldRefuseAnObjection_onTheThirtyFirstDay() {
        clock.setDate(LocalDate.of(2026, 4, 1));
        fixture.given(found(), concluded())
                .when(new LodgeObjectionCommand(CASE, "数据统计口径有误"), STREET_OFFICE)
                .expectException(refusal(ErrorCode.OBJECTION_PERIOD_OVER));
    }

    @Test
    void shouldRefuseAnObjection_beforeAnyConclusion() {
        fixture.given(found())
                .when(new LodgeObjectionCommand(CASE, "不服"), STREET_OFFICE)
                .expectException(refusal(ErrorCode.REVIEW_STEP_OUT_OF_ORDER));
    }

    @Test
    void shouldRefuseAnObjection_fromAnotherStreetOffice() {
        fixture.given(found(), concluded())
                .when(new LodgeObjectionCommand(CASE, "不服"), OTHER_STREET_OFFICE)
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseASecondObjection() {
        fixture.given(found(), concluded(), lodged(), dismissed())
                .when(new LodgeObjectionCommand(CASE, "再次申诉"), STREET_OFFICE)
                .expectException(refusal(ErrorCode.REVIEW_STEP_OUT_OF_ORDER));
    }

    @Test
    void shouldHoldMeasuresBack_whileTheObjectionAwaitsItsDecision() {
        fixture.given(found(), concluded(), lodged())
                .when(new IssueMeasureCommand(CASE, Measure.ADMONISHMENT_TALK, "约谈", 0), DISCIPLINE)
                .expectException(refusal(ErrorCode.OBJECTION_PENDING));
    }

    @Test
    void shouldCloseTheCase_whenTheObjectionIsUpheld() {
        clock.setDate(LocalDate.of(2026, 3, 20));
        fixture.given(found(), concluded(), lodged())
                .when(new DecideObjectionCommand(CASE, true, "统计口径确有错误"), DISCIPLINE)
                .expectEvents(new ObjectionDecidedEvent(CASE, GUCHANG, true, "统计口径确有错误", LocalDate.of(2026, 3, 20), true),
                        new CaseClosedEvent(CASE, GUCHANG, CaseOutcome.OBJECTION_UPHELD, "统计口径确有错误", LocalDate.of(2026, 3, 20)));
    }

    @Test
    void shouldMarkTheDecisionLate_afterThirtyDaysFromTheObjection() {
        clock.setDate(LocalDate.of(2026, 4, 11));
        fixture.given(found(), concluded(), lodged())
                .when(new DecideObjectionCommand(CASE, false, "申诉理由不成立"), DISCIPLINE)
                .expectEvents(new ObjectionDecidedEvent(CASE, GUCHANG, false, "申诉理由不成立", LocalDate.of(2026, 4, 11), false));
    }

    @Test
    void shouldRefuseADecision_whenNoObjectionWasLodged() {
        fixture.given(found(), concluded())
                .when(new DecideObjectionCommand(CASE, false, "驳回"), DISCIPLINE)
                .expectException(refusal(ErrorCode.REVIEW_STEP_OUT_OF_ORDER));
    }

    @Test
    void shouldOrderRectificationWithADeadline() {
        fixture.given(found(), concluded())
                .when(new OrderRectificationCommand(CASE, "4月15日前全部开工", LocalDate.of(2026, 4, 15)), DISCIPLINE)
                .expectEvents(ordered());
    }

    @Test
    void shouldRefuseADeadline_thatIsNotAfterToday() {
        fixture.given(found(), concluded())
                .when(new OrderRectificationCommand(CASE, "立即开工", CONCLUDED_ON), DISCIPLINE)
                .expectException(refusal(ErrorCode.RECTIFICATION_DEADLINE_INVALID));
    }

    @Test
    void shouldRefuseASecondOrder() {
        fixture.given(found(), concluded(), ordered())
                .when(new OrderRectificationCommand(CASE, "再次整改", LocalDate.of(2026, 5, 1)), DISCIPLINE)
                .expectException(refusal(ErrorCode.REVIEW_STEP_OUT_OF_ORDER));
    }

    @Test
    void shouldTakeEvidence_fromTheUnitItself() {
        clock.setDate(LocalDate.of(2026, 4, 10));
        fixture.given(found(), concluded(), ordered())
                .when(new SubmitEvidenceCommand(CASE, "开工报告5份", List.of(PHOTO)), STREET_OFFICE)
                .expectEvents(evidenced());
    }

    @Test
    void shouldMarkEvidenceLate_afterTheDeadline() {
        clock.setDate(LocalDate.of(2026, 4, 16));
        fixture.given(found(), concluded(), ordered())
                .when(new SubmitEvidenceCommand(CASE, "开工报告5份", List.of(PHOTO)), STREET_OFFICE)
                .expectEvents(new EvidenceSubmittedEvent(CASE, GUCHANG, "开工报告5份", LocalDate.of(2026, 4, 16), true, List.of(PHOTO)));
    }

    @Test
    void shouldRefuseRectificationEvidence_withoutAnUploadedFile_asThePolicyRequires() {
        clock.setDate(LocalDate.of(2026, 4, 10));
        fixture.given(found(), concluded(), ordered())
                .when(new SubmitEvidenceCommand(CASE, "开工报告5份", List.of()), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.EVIDENCE_REQUIRED));
    }

    @Test
    void shouldRefuseRectificationEvidence_namingAFileNeverUploaded() {
        clock.setDate(LocalDate.of(2026, 4, 10));
        fixture.given(found(), concluded(), ordered())
                .when(new SubmitEvidenceCommand(CASE, "开工报告5份", List.of(EvidenceHash.parse("1".repeat(64)))), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.EVIDENCE_NOT_FOUND));
    }

    @Test
    void shouldRefuseEvidence_fromTheOffice() {
        fixture.given(found(), concluded(), ordered())
                .when(new SubmitEvidenceCommand(CASE, "代为提交", List.of(PHOTO)), DISCIPLINE)
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldTakeEvidence_fromADepartmentUnderReview() {
        FindingRecordedEvent onDepartment = new FindingRecordedEvent(CASE, HOUSING_DEPT, COUNTY, "方案审批超时", null);
        fixture.given(onDepartment, new ConclusionIssuedEvent(CASE, HOUSING_DEPT, "限期整改", CONCLUDED_ON, LocalDate.of(2026, 3, 31)),
                        new RectificationOrderedEvent(CASE, HOUSING_DEPT, "审批提速", CONCLUDED_ON, LocalDate.of(2026, 4, 15)))
                .when(new SubmitEvidenceCommand(CASE, "审批台账", List.of(PHOTO)), HOUSING)
                .expectEvents(new EvidenceSubmittedEvent(CASE, HOUSING_DEPT, "审批台账", CONCLUDED_ON, false, List.of(PHOTO)));
    }

    @Test
    void shouldRefuseTheDepartmentVerifyingItsOwnRectification() {
        FindingRecordedEvent onDepartment = new FindingRecordedEvent(CASE, HOUSING_DEPT, COUNTY, "方案审批超时", null);
        fixture.given(onDepartment, new ConclusionIssuedEvent(CASE, HOUSING_DEPT, "限期整改", CONCLUDED_ON, LocalDate.of(2026, 3, 31)),
                        new RectificationOrderedEvent(CASE, HOUSING_DEPT, "审批提速", CONCLUDED_ON, LocalDate.of(2026, 4, 15)),
                        new EvidenceSubmittedEvent(CASE, HOUSING_DEPT, "审批台账", CONCLUDED_ON, false))
                .when(new VerifyRectificationCommand(CASE, true, "属实"), HOUSING)
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseEvidence_whenNoRectificationWasOrdered() {
        fixture.given(found(), concluded())
                .when(new SubmitEvidenceCommand(CASE, "开工报告", List.of(PHOTO)), STREET_OFFICE)
                .expectException(refusal(ErrorCode.REVIEW_STEP_OUT_OF_ORDER));
    }

    @Test
    void shouldAcceptTheRectification_whenVerified() {
        clock.setDate(LocalDate.of(2026, 4, 12));
        fixture.given(found(), concluded(), ordered(), evidenced())
                .when(new VerifyRectificationCommand(CASE, true, "现场核查属实"), DISCIPLINE)
                .expectEvents(new RectificationVerifiedEvent(CASE, GUCHANG, true, "现场核查属实", LocalDate.of(2026, 4, 12)));
    }

    @Test
    void shouldLetTheUnitSubmitAgain_whenTheEvidenceIsRejected() {
        clock.setDate(LocalDate.of(2026, 4, 13));
        fixture.given(found(), concluded(), ordered(), evidenced(), rejected())
                .when(new SubmitEvidenceCommand(CASE, "补充开工报告", List.of(PHOTO)), STREET_OFFICE)
                .expectEvents(new EvidenceSubmittedEvent(CASE, GUCHANG, "补充开工报告", LocalDate.of(2026, 4, 13), false, List.of(PHOTO)));
    }

    @Test
    void shouldRefuseVerification_withoutEvidence() {
        fixture.given(found(), concluded(), ordered())
                .when(new VerifyRectificationCommand(CASE, true, "核查"), DISCIPLINE)
                .expectException(refusal(ErrorCode.REVIEW_STEP_OUT_OF_ORDER));
    }

    @Test
    void shouldCloseAsRectified_afterAcceptedEvidence() {
        fixture.given(found(), concluded(), ordered(), evidenced(), accepted())
                .when(new CloseCaseCommand(CASE, "整改到位，销号"), DISCIPLINE)
                .expectEvents(new CaseClosedEvent(CASE, GUCHANG, CaseOutcome.RECTIFIED, "整改到位，销号", CONCLUDED_ON));
    }

    @Test
    void shouldRefuseClosure_whileTheRectificationIsUnverified() {
        fixture.given(found(), concluded(), ordered(), evidenced())
                .when(new CloseCaseCommand(CASE, "销号"), DISCIPLINE)
                .expectException(refusal(ErrorCode.RECTIFICATION_NOT_VERIFIED));
    }

    @Test
    void shouldCloseWithoutRectification_whenNoneWasOrdered() {
        fixture.given(found(), concluded())
                .when(new CloseCaseCommand(CASE, "已作表态发言"), DISCIPLINE)
                .expectEvents(new CaseClosedEvent(CASE, GUCHANG, CaseOutcome.CONCLUDED_WITHOUT_RECTIFICATION, "已作表态发言", CONCLUDED_ON));
    }

    @Test
    void shouldRefuseEverything_afterClosure() {
        fixture.given(found(), concluded(), new CaseClosedEvent(CASE, GUCHANG, CaseOutcome.CONCLUDED_WITHOUT_RECTIFICATION, "销号", CONCLUDED_ON))
                .when(new IssueMeasureCommand(CASE, Measure.ADMONISHMENT_TALK, "约谈", 0), DISCIPLINE)
                .expectException(refusal(ErrorCode.REVIEW_CASE_ENDED));
    }

    @Test
    void shouldReferForAccountability_whenTheDeadlinePassedUnrectified() {
        clock.setDate(LocalDate.of(2026, 4, 16));
        fixture.given(found(), concluded(), ordered())
                .when(new ReferForAccountabilityCommand(CASE, "逾期未整改"), DISCIPLINE)
                .expectEvents(new ReferredForAccountabilityEvent(CASE, GUCHANG, "逾期未整改", LocalDate.of(2026, 4, 16)));
    }

    @Test
    void shouldRefuseReferral_beforeTheDeadline() {
        clock.setDate(LocalDate.of(2026, 4, 15));
        fixture.given(found(), concluded(), ordered())
                .when(new ReferForAccountabilityCommand(CASE, "整改不力"), DISCIPLINE)
                .expectException(refusal(ErrorCode.REVIEW_STEP_OUT_OF_ORDER));
    }

    @Test
    void shouldRefuseReferral_afterAcceptedRectification() {
        clock.setDate(LocalDate.of(2026, 5, 1));
        fixture.given(found(), concluded(), ordered(), evidenced(), accepted())
                .when(new ReferForAccountabilityCommand(CASE, "问责"), DISCIPLINE)
                .expectException(refusal(ErrorCode.REVIEW_STEP_OUT_OF_ORDER));
    }

    @Test
    void shouldRefuseReferral_byTheHousingBureau() {
        clock.setDate(LocalDate.of(2026, 4, 16));
        fixture.given(found(), concluded(), ordered())
                .when(new ReferForAccountabilityCommand(CASE, "问责"), HOUSING)
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldReferStraightAway_whenNoRectificationWasOrdered() {
        fixture.given(found(), concluded())
                .when(new ReferForAccountabilityCommand(CASE, "连续四个月排名末位"), DISCIPLINE)
                .expectEvents(new ReferredForAccountabilityEvent(CASE, GUCHANG, "连续四个月排名末位", CONCLUDED_ON));
    }

    private static ObjectionLodgedEvent lodged() {
        return new ObjectionLodgedEvent(CASE, GUCHANG, "数据统计口径有误", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 9));
    }

    private static ObjectionDecidedEvent dismissed() {
        return new ObjectionDecidedEvent(CASE, GUCHANG, false, "驳回", LocalDate.of(2026, 3, 20), true);
    }

    private static RectificationVerifiedEvent accepted() {
        return new RectificationVerifiedEvent(CASE, GUCHANG, true, "属实", LocalDate.of(2026, 4, 12));
    }

    private static RectificationVerifiedEvent rejected() {
        return new RectificationVerifiedEvent(CASE, GUCHANG, false, "证据不足", LocalDate.of(2026, 4, 12));
    }

    static Matcher<Throwable> refusal(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof DomainException domain && domain.code() == code);
    }

    /** A clock whose Beijing date the test sets; noon Beijing time, so no date boundary is near. */
    static final class MutableClock extends Clock {

        private Instant instant;

        MutableClock(LocalDate date) {
            setDate(date);
        }

        void setDate(LocalDate date) {
            instant = date.atTime(12, 0).toInstant(ZoneOffset.ofHours(8));
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.fixed(instant, zone);
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
