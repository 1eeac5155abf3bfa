package org.renewalledger.infra.audit;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.renewalledger.kernel.compound.ProjectTimeline;

/**
 * An audit dossier (审计卷宗) of one project as PDF: every entry of its timeline with who did it, when, under which
 * policy version, and where its event stands in the audit chain (position and content hash), then the commands that
 * verify it offline against the exported chain (docs/AUDIT.md).
 *
 * <p>Chinese text needs a CJK font. By default the dossier uses STSong-Light, one of the Adobe CJK fonts every PDF
 * reader provides (Acrobat's font packs, pdf.js, poppler, PDFBox): OpenPDF ships its metrics and the UniGB-UCS2-H
 * encoding, so no font file has to be on the server. Such a font is named, not embedded, since Maven Central carries
 * no CJK font file. An operator who wants the glyphs inside the file names a TrueType font
 * ({@code renewal.export.dossier-font}, e.g. a Noto Sans SC or WenQuanYi file; {@code .ttc,0} for a collection); it is
 * embedded as a subset.
 */
final class DossierPdf {

    static final List<String> HEADERS = List.of("序号", "事件", "摘要", "发生时间", "操作人", "角色", "政策版本", "链位置",
            "内容哈希 (SHA-256)");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final String embeddedFont;

    /** @param embeddedFont a TrueType file to embed, or blank for the reader-provided STSong-Light */
    DossierPdf(String embeddedFont) {
        this.embeddedFont = embeddedFont == null ? "" : embeddedFont.trim();
    }

    /** What the dossier shows: the timeline, each sequence's seal, the chain head read after them. */
    record Contents(ProjectTimeline timeline, Map<Long, EventSealStore.StreamSeal> seals, String head,
                    Instant generatedAt) {
    }

    byte[] render(Contents contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            BaseFont cjk = font();
            Font mono = new Font(Font.COURIER, 6);
            String compound = contents.timeline().compoundId();
            document.addTitle("项目审计卷宗 " + compound);
            document.open();
            document.add(new Paragraph(text(cjk, "项目审计卷宗 Audit dossier · 小区 " + compound, 16, Font.BOLD)));
            document.add(new Paragraph(text(cjk, "生成时间 generated at: " + TIME.format(contents.generatedAt())
                    + " (北京时间)  ·  时间线条目 entries: " + contents.timeline().entries().size()
                    + "  ·  本项目已封存事件（含表决、花名册） sealed events of the project incl. votes and roster: "
                    + contents.seals().size(), 9, Font.NORMAL)));
            document.add(new Paragraph(text(cjk, "生成时的审计链头 chain head at generation (anchor): " + contents.head(), 9,
                    Font.NORMAL)));
            document.add(new Paragraph(" "));

            PdfPTable table = new PdfPTable(new float[] {4, 13, 26, 11, 9, 10, 7, 6, 22});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String header : HEADERS) {
                PdfPCell cell = new PdfPCell(text(cjk, header, 9, Font.BOLD));
                cell.setGrayFill(0.9f);
                table.addCell(cell);
            }
            for (ProjectTimeline.Entry entry : contents.timeline().entries()) {
                EventSealStore.StreamSeal seal = contents.seals().get(entry.sequence());
                table.addCell(text(cjk, String.valueOf(entry.sequence()), 7, Font.NORMAL));
                table.addCell(text(cjk, orDash(entry.event()), 7, Font.NORMAL));
                table.addCell(text(cjk, orDash(entry.summary()), 7, Font.NORMAL));
                table.addCell(text(cjk, entry.occurredAt() == null ? "—" : TIME.format(entry.occurredAt()), 7, Font.NORMAL));
                table.addCell(text(cjk, orDash(entry.actorId()), 7, Font.NORMAL));
                table.addCell(text(cjk, orDash(entry.actorRole()), 7, Font.NORMAL));
                table.addCell(text(cjk, orDash(entry.policyVersion()), 7, Font.NORMAL));
                table.addCell(text(cjk, seal == null ? "未封存" : String.valueOf(seal.chainPosition()), 7, Font.NORMAL));
                table.addCell(new Phrase(seal == null ? "—" : AuditChain.hex(seal.contentHash()), mono));
            }
            document.add(table);

            document.add(new Paragraph(" "));
            document.add(new Paragraph(text(cjk, "离线核验 Verify offline (docs/AUDIT.md)", 11, Font.BOLD)));
            document.add(new Paragraph(text(cjk, "1. 审计员导出审计链 An auditor exports the chain:", 9, Font.NORMAL)));
            document.add(command("curl -s http://localhost:8080/api/audit/chain/export -H \"Authorization: Bearer $AUDITOR\" -o audit-chain.tsv"));
            document.add(new Paragraph(text(cjk, "2. 用仓库中的单个源文件和 JDK 核验整条链，并以本卷宗的链头为锚点 Verify the whole "
                    + "chain with the repository's one source file and a plain JDK, anchored at this dossier's head:", 9, Font.NORMAL)));
            document.add(command("java infra/src/main/java/org/renewalledger/infra/audit/AuditChain.java verify audit-chain.tsv --anchor "
                    + contents.head()));
            document.add(new Paragraph(text(cjk, "3. 逐条核对：按链位置（第 1 列）找到事件行，其内容哈希（第 12 列）应与上表一致 "
                    + "Check each entry: the line at its chain position (column 1) carries the content hash above (column 12):",
                    9, Font.NORMAL)));
            document.add(command("awk -F'\\t' '$1 == <position> {print $12}' audit-chain.tsv"));
            document.add(new Paragraph(text(cjk, "退出码 exit status: 0 完整 intact, 1 断裂 broken (问题已打印 the problem is "
                    + "printed), 2 无法读取 unreadable input.", 9, Font.NORMAL)));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The dossier could not be laid out", e);
        }
        return out.toByteArray();
    }

    /**
     * Text in Helvetica where it has the glyph (Latin, digits, ², ·, —) and in the CJK font otherwise, so that signs
     * outside GB 2312 such as the ² of m² are neither dropped nor mistaken by a reader's text extraction.
     */
    private static Phrase text(BaseFont cjk, String text, float size, int style) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(Font.HELVETICA, size, style));
        selector.addFont(new Font(cjk, size, style));
        return selector.process(text);
    }

    private static Paragraph command(String text) {
        Paragraph paragraph = new Paragraph(text, new Font(Font.COURIER, 7));
        paragraph.setIndentationLeft(14);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }

    private BaseFont font() {
        try {
            return embeddedFont.isEmpty()
                    ? BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED)
                    : BaseFont.createFont(embeddedFont, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("The dossier's font " + embeddedFont + " cannot be read", e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The dossier's font " + embeddedFont + " cannot be used", e);
        }
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
