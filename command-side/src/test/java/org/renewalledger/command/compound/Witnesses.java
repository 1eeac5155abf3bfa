package org.renewalledger.command.compound;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.renewalledger.command.evidence.EvidenceRegister;
import org.renewalledger.command.witness.DateWitness;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.renewalledger.kernel.evidence.EvidenceHash;

/** The server's side of a claimed date and of attachments, fixed for fixture tests. */
final class Witnesses {

    /** An uploaded photo every fixture knows. */
    static final EvidenceHash PHOTO = new EvidenceHash("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

    private Witnesses() {
    }

    /** A clock standing at noon of {@code today} in Beijing. */
    static Clock clockOn(LocalDate today) {
        return Clock.fixed(today.atTime(12, 0).atZone(ProgrammeTime.ZONE).toInstant(), ProgrammeTime.ZONE);
    }

    /** Today is {@code today}; the assessment streams named are closed. */
    static DateWitness today(LocalDate today, String... closedAssessments) {
        Set<String> closed = Set.of(closedAssessments);
        return new DateWitness(clockOn(today), closed::contains);
    }

    /** The files uploaded: {@link #PHOTO} and {@code more}. */
    static EvidenceRegister uploaded(EvidenceHash... more) {
        Set<String> streams = Arrays.stream(more).map(EvidenceHash::streamId).collect(Collectors.toSet());
        streams.add(PHOTO.streamId());
        return new EvidenceRegister(streams::contains);
    }

    /** Registers today's witness and the uploaded photo with a fixture. */
    static void register(FixtureConfiguration<?> fixture, LocalDate today) {
        fixture.registerInjectableResource(today(today));
        fixture.registerInjectableResource(uploaded());
    }
}
