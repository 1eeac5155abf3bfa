package org.renewalledger.command.compound.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.Exclusion;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;

/**
 * Turns one data row into a {@link RegisterCompoundCommand}, through the same value types and the same command
 * constructor as {@code POST /api/compounds}, so an import accepts exactly what a single registration accepts.
 * Each cell is checked on its own first, so a row with several bad cells reports them all; the command's own
 * cross-field checks follow once every cell is readable. Eligibility (built year, the extension cap) is the
 * aggregate's decision when the command is sent.
 */
final class SurveyRowParser {

    /** The survey's Chinese names of the exclusions, besides the enum's own names. */
    private static final Map<String, Exclusion> EXCLUSION_NAMES = Map.of(
            "纳入拆迁计划", Exclusion.SLATED_FOR_DEMOLITION, "拆迁", Exclusion.SLATED_FOR_DEMOLITION,
            "棚户区改造", Exclusion.SHANTY_TOWN_REDEVELOPMENT, "棚改", Exclusion.SHANTY_TOWN_REDEVELOPMENT,
            "自建房", Exclusion.SELF_BUILT_HOUSING, "城中村", Exclusion.URBAN_VILLAGE);
    private static final Set<String> NONE = Set.of("无", "-", "—", "none");

    private final SurveyHeader header;
    private final JurisdictionCode importer;

    /** @param importer the uploading actor's jurisdiction: a street office imports only its own compounds */
    SurveyRowParser(SurveyHeader header, JurisdictionCode importer) {
        this.header = header;
        this.importer = importer;
    }

    ParsedRow parse(SheetRow row) {
        List<RowProblem> problems = new ArrayList<>();
        String code = header.cell(row, SurveyColumn.COMPOUND_ID);
        CompoundId id = check(problems, SurveyColumn.COMPOUND_ID, () -> CompoundId.parse(code));
        String name = check(problems, SurveyColumn.NAME, () -> Require.name("name", header.cell(row, SurveyColumn.NAME), 100));
        JurisdictionCode streetOffice = check(problems, SurveyColumn.STREET_OFFICE_CODE, () -> streetOffice(row));
        String streetOfficeName = check(problems, SurveyColumn.STREET_OFFICE_NAME,
                () -> Require.name("streetOfficeName", header.cell(row, SurveyColumn.STREET_OFFICE_NAME), 100));
        Integer builtYear = check(problems, SurveyColumn.BUILT_YEAR, () -> whole(row, SurveyColumn.BUILT_YEAR));
        Integer buildings = check(problems, SurveyColumn.BUILDINGS, () -> whole(row, SurveyColumn.BUILDINGS));
        Integer households = check(problems, SurveyColumn.HOUSEHOLDS, () -> whole(row, SurveyColumn.HOUSEHOLDS));
        Area floorArea = check(problems, SurveyColumn.FLOOR_AREA, () -> Area.ofSquareMetres(decimal(row, SurveyColumn.FLOOR_AREA)));
        Set<Exclusion> exclusions = check(problems, SurveyColumn.EXCLUSIONS, () -> exclusions(row));
        if (streetOffice != null && !importer.covers(streetOffice)) {
            problems.add(RowProblem.of(SurveyColumn.STREET_OFFICE_CODE, ErrorCode.STREET_OFFICE_OUTSIDE_JURISDICTION,
                    "Street office " + streetOffice + " is outside your jurisdiction " + importer
                            + "; an office imports only its own compounds"));
        }
        if (!problems.isEmpty()) {
            return new ParsedRow(row.number(), code, null, problems);
        }
        try {
            JurisdictionCode county = JurisdictionCode.of(streetOffice.value().substring(0, 6));
            return new ParsedRow(row.number(), code, new RegisterCompoundCommand(id, name, county, streetOffice,
                    streetOfficeName, builtYear, buildings, households, floorArea, exclusions), List.of());
        } catch (DomainException e) {
            return new ParsedRow(row.number(), code, null, List.of(RowProblem.of(e.code(), e.field(), e.getMessage())));
        }
    }

    /** Runs one cell's check; a refusal becomes a problem on that cell's column. */
    private static <T> T check(List<RowProblem> problems, SurveyColumn column, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (DomainException e) {
            problems.add(RowProblem.of(column, e.code(), e.getMessage()));
            return null;
        }
    }

    private JurisdictionCode streetOffice(SheetRow row) {
        JurisdictionCode code = JurisdictionCode.parse("streetOfficeCode", header.cell(row, SurveyColumn.STREET_OFFICE_CODE));
        if (!code.denotesStreetOffice()) {
            throw DomainException.invalid("streetOfficeCode", "A street office has a nine-digit code");
        }
        return code;
    }

    private int whole(SheetRow row, SurveyColumn column) {
        try {
            return decimal(row, column).intValueExact();
        } catch (ArithmeticException e) {
            throw DomainException.invalid(column.field(), column.heading() + " must be a whole number");
        }
    }

    /** A number as written; thousands separators are tolerated, units and words are not. */
    private BigDecimal decimal(SheetRow row, SurveyColumn column) {
        String text = header.cell(row, column).replace(",", "").replace("，", "");
        if (text.isEmpty()) {
            throw DomainException.invalid(column.field(), column.heading() + " is required");
        }
        if (text.length() > 20) {
            throw DomainException.invalid(column.field(), column.heading() + " is not a number");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw DomainException.invalid(column.field(), column.heading() + " is not a number: " + text);
        }
    }

    /** 排除情形: empty or 无 for none, else names separated by 、 , ; or spaces. */
    private Set<Exclusion> exclusions(SheetRow row) {
        String text = header.cell(row, SurveyColumn.EXCLUSIONS);
        Set<Exclusion> exclusions = EnumSet.noneOf(Exclusion.class);
        for (String token : text.split("[、,，;；/\\s]+")) {
            if (token.isEmpty() || NONE.contains(token.toLowerCase())) {
                continue;
            }
            Exclusion exclusion = EXCLUSION_NAMES.get(token);
            if (exclusion == null) {
                try {
                    exclusion = Exclusion.valueOf(token.toUpperCase());
                } catch (IllegalArgumentException e) {
                    throw DomainException.invalid("exclusions", "Unknown exclusion " + abbreviate(token)
                            + "; use 纳入拆迁计划、棚户区改造、自建房 or 城中村");
                }
            }
            exclusions.add(exclusion);
        }
        return exclusions;
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
