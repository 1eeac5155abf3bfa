package org.renewalledger.command.compound;

import static org.hamcrest.Matchers.containsString;
import static org.renewalledger.command.compound.ConsentRegisterTest.STREET_OFFICE;
import static org.renewalledger.command.compound.ConsentRegisterTest.refusal;
import static org.renewalledger.command.compound.ProjectBuilder.ID;
import static org.renewalledger.command.compound.ProjectBuilder.aProject;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.command.policy.WorkingDayCalendar;
import org.renewalledger.kernel.common.DateClaim;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.compound.NoticePublishedEvent;
import org.renewalledger.kernel.compound.PublishNoticeCommand;
import org.renewalledger.kernel.policy.HolidayCalendarRecordedEvent;
import org.renewalledger.kernel.policy.RecordHolidayCalendarCommand;

/** A notice posted in late December runs into the next year: it counts on that year's calendar, or is refused. */
class NoticeOverNewYearTest {

    private static final LocalDate MONDAY_28_DECEMBER_2026 = LocalDate.of(2026, 12, 28);

    private final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath(2024, 2025, 2026);
    private FixtureConfiguration<Compound> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Compound.class);
        fixture.registerInjectableResource(PolicyBook.withDefaults(PolicySet.DEFAULT));
        fixture.registerInjectableResource(calendar);
        Witnesses.register(fixture, MONDAY_28_DECEMBER_2026);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    @Test
    void shouldRefuseTheNotice_namingTheYearToLoad_whenNextYearHasNoCalendar() {
        fixture.given(aProject().atSchemeSubmitted())
                .when(new PublishNoticeCommand(ID, MONDAY_28_DECEMBER_2026, null, List.of(Witnesses.PHOTO)), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.HOLIDAY_CALENDAR_MISSING))
                .expectExceptionMessage(containsString("PUT /api/policies/holiday-calendars/2027"));
    }

    @Test
    void shouldRunTheNoticePastNewYearsDay_onceTheYearsCalendarIsRecorded() {
        calendar.record(new HolidayCalendarRecordedEvent(RecordHolidayCalendarCommand.REGISTER_ID, 2027,
                List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3)), List.of(), "国办发明电〔2026〕9号"));

        // Civil Code Art. 201: the posting day does not count. 29, 30, 31 December; New Year's Day and the weekend
        // off; Monday 4 January is the fourth working day and Tuesday 5 January the fifth.
        fixture.given(aProject().atSchemeSubmitted())
                .when(new PublishNoticeCommand(ID, MONDAY_28_DECEMBER_2026, null, List.of(Witnesses.PHOTO)), STREET_OFFICE)
                .expectEvents(new NoticePublishedEvent(ID, MONDAY_28_DECEMBER_2026, 5, LocalDate.of(2027, 1, 5),
                        DateClaim.ON_TIME, List.of(Witnesses.PHOTO)));
    }
}
