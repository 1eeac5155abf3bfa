package org.renewalledger.infra.national;

/** One province's national figures: compounds, households of the started ones, money in fen. */
public record ProvinceFigures(String province, long compoundsRegistered, long compoundsStarted, long compoundsCompleted,
                              long householdsStarted, long allocatedFen, long disbursedFen) {
}
