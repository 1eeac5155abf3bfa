package org.renewalledger.command.web;

/** The answer to an accepted command: the id it acted on and the correlation id its events carry. */
public record CommandAccepted(String id, String correlationId) {
}
