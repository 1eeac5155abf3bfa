package org.renewalledger.kernel.policy;

/** Everything that happens to the register of official holiday calendars (one stream, a year per event). */
public sealed interface HolidayCalendarEvent permits HolidayCalendarRecordedEvent {

    String registerId();
}
