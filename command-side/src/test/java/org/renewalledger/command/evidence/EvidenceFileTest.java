package org.renewalledger.command.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.evidence.EvidenceHash;
import org.renewalledger.kernel.evidence.EvidenceType;
import org.renewalledger.kernel.evidence.EvidenceUploadedEvent;
import org.renewalledger.kernel.evidence.RecordEvidenceUploadCommand;

/** An upload is recorded once per content, with its first uploader; files are known by their bytes, not their names. */
class EvidenceFileTest {

    private static final JurisdictionCode GUCHANG = JurisdictionCode.of("520523001");
    private static final Map<String, ?> STREET_OFFICE = new Actor("li", Role.STREET_OFFICE, GUCHANG).asMetaData();
    private static final EvidenceHash HASH = EvidenceHash.parse("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08");

    private FixtureConfiguration<EvidenceFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EvidenceFile.class);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    @Test
    void shouldRecordTheFirstUpload_withItsUploaderAndJurisdiction() {
        fixture.givenNoPriorActivity()
                .when(new RecordEvidenceUploadCommand(HASH, EvidenceType.JPEG, 2048, GUCHANG), STREET_OFFICE)
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(true)
                .expectEvents(new EvidenceUploadedEvent(HASH.streamId(), HASH, EvidenceType.JPEG, 2048, "li", GUCHANG));
    }

    @Test
    void shouldRecordNothing_whenTheSameBytesAreUploadedAgain() {
        fixture.given(new EvidenceUploadedEvent(HASH.streamId(), HASH, EvidenceType.JPEG, 2048, "li", GUCHANG))
                .when(new RecordEvidenceUploadCommand(HASH, EvidenceType.JPEG, 2048, GUCHANG), STREET_OFFICE)
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void shouldRefuseAnUploadFiledOutsideTheUploadersJurisdiction() {
        fixture.givenNoPriorActivity()
                .when(new RecordEvidenceUploadCommand(HASH, EvidenceType.PDF, 10, JurisdictionCode.of("520523002")), STREET_OFFICE)
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void shouldKnowJpegPngAndPdf_byTheirFirstBytes_andNothingElse() {
        assertThat(EvidenceType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEqualTo(EvidenceType.JPEG);
        assertThat(EvidenceType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).isEqualTo(EvidenceType.PNG);
        assertThat(EvidenceType.sniff("%PDF-1.7\n".getBytes())).isEqualTo(EvidenceType.PDF);
        assertThat(EvidenceType.sniff("<html><script>".getBytes())).isNull();
        assertThat(EvidenceType.sniff("GIF89a".getBytes())).isNull();
        assertThat(EvidenceType.sniff(new byte[0])).isNull();
    }

    @Test
    void shouldMakeAThumbnailNoLargerThanTheEdge_keepingTheAspect() throws IOException {
        byte[] thumbnail = Thumbnail.of(png(1200, 600), 240);
        BufferedImage read = ImageIO.read(new java.io.ByteArrayInputStream(thumbnail));
        assertThat(read.getWidth()).isEqualTo(240);
        assertThat(read.getHeight()).isEqualTo(120);
    }

    @Test
    void shouldRefuseAFileThatStartsLikeAnImageButIsNotOne() {
        byte[] fake = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 'n', 'o', 't', ' ', 'a', ' ', 'j', 'p', 'e', 'g'};
        assertThatThrownBy(() -> Thumbnail.of(fake, 240))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EVIDENCE_TYPE_REFUSED));
    }

    @Test
    void shouldRefuseCommandsNamingFilesNeverUploaded() {
        EvidenceRegister register = new EvidenceRegister(HASH.streamId()::equals);
        register.requireUploaded(List.of(HASH));
        EvidenceHash other = EvidenceHash.parse("0".repeat(64));
        assertThatThrownBy(() -> register.requireUploaded(List.of(HASH, other)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EVIDENCE_NOT_FOUND));
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
