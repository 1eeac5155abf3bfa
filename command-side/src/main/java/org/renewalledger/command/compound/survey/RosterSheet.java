package org.renewalledger.command.compound.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.compound.AreaBasis;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.RosterUnit;
import org.renewalledger.kernel.compound.UnitCode;

/**
 * A roster sheet read into units: the header row located (the first naming the unit column, below any title
 * rows), then every data row parsed into a {@link RosterUnit} or the problems of its cells.
 */
final class RosterSheet {

    /** One data row: its unit, or its problems. */
    record Row(int number, String unit, RosterUnit parsed, List<RowProblem> problems) {
    }

    private RosterSheet() {
    }

    static List<Row> parse(SurveySheet sheet) {
        List<SheetRow> rows = sheet.rows();
        if (rows.isEmpty()) {
            throw new DomainException(ErrorCode.IMPORT_FILE_UNREADABLE, "The file has no rows", "file");
        }
        SheetRow header = rows.stream().limit(SurveySheetReader.TITLE_ROWS + 1L)
                .filter(row -> row.cells().stream().anyMatch(cell -> RosterColumn.forHeader(cell)
                        .filter(RosterColumn.UNIT::equals).isPresent()))
                .findFirst().orElse(rows.get(0));
        Map<RosterColumn, Integer> positions = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < header.cells().size(); i++) {
            Optional<RosterColumn> column = RosterColumn.forHeader(header.cells().get(i));
            if (column.isPresent()) {
                positions.putIfAbsent(column.get(), i);
            }
        }
        List<String> missing = Arrays.stream(RosterColumn.values())
                .filter(column -> column.required() && !positions.containsKey(column)).map(RosterColumn::heading).toList();
        if (!missing.isEmpty()) {
            throw new DomainException(ErrorCode.IMPORT_TEMPLATE_MISMATCH, "The header row (row " + header.number()
                    + ") lacks the columns " + String.join("、", missing) + "; a roster sheet has 房号、专有面积（平方米）、"
                    + "面积依据、权利人 and optionally 开发商持有", "file");
        }
        Map<String, Integer> firstRowOf = new HashMap<>();
        List<Row> parsed = new ArrayList<>();
        for (SheetRow data : rows) {
            if (data.number() <= header.number()) {
                continue;
            }
            Row row = parse(data, positions);
            Integer earlier = row.unit().isEmpty() ? null : firstRowOf.putIfAbsent(row.unit(), data.number());
            if (earlier != null) {
                List<RowProblem> problems = new ArrayList<>(row.problems());
                problems.add(problem(RosterColumn.UNIT, ErrorCode.IMPORT_DUPLICATE_ROW,
                        "The unit " + row.unit() + " is already on row " + earlier));
                row = new Row(row.number(), row.unit(), null, problems);
            }
            parsed.add(row);
        }
        return parsed;
    }

    private static Row parse(SheetRow data, Map<RosterColumn, Integer> positions) {
        List<RowProblem> problems = new ArrayList<>();
        String unitText = cell(data, positions, RosterColumn.UNIT);
        UnitCode unit = attempt(problems, RosterColumn.UNIT, () -> UnitCode.of(unitText));
        Area area = attempt(problems, RosterColumn.EXCLUSIVE_AREA,
                () -> Area.ofSquareMetres(new BigDecimal(cell(data, positions, RosterColumn.EXCLUSIVE_AREA))));
        AreaBasis basis = attempt(problems, RosterColumn.AREA_BASIS, () -> basis(cell(data, positions, RosterColumn.AREA_BASIS)));
        List<OwnerReference> owners = attempt(problems, RosterColumn.OWNERS, () -> Arrays
                .stream(cell(data, positions, RosterColumn.OWNERS).split("[、,;；，]"))
                .map(String::strip).filter(text -> !text.isEmpty()).map(OwnerReference::of).toList());
        if (owners != null && owners.isEmpty()) {
            problems.add(problem(RosterColumn.OWNERS, ErrorCode.VALIDATION_FAILED, "A unit has at least one owner"));
        }
        Boolean developer = attempt(problems, RosterColumn.DEVELOPER_HELD,
                () -> yes(cell(data, positions, RosterColumn.DEVELOPER_HELD)));
        RosterUnit parsed = problems.isEmpty()
                ? attempt(problems, RosterColumn.OWNERS, () -> new RosterUnit(unit, area, basis, owners, developer)) : null;
        return new Row(data.number(), unitText, problems.isEmpty() ? parsed : null, problems);
    }

    private static AreaBasis basis(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "REGISTER", "登记", "登记面积", "不动产登记" -> AreaBasis.REGISTER;
            case "SURVEY", "实测", "实测面积" -> AreaBasis.SURVEY;
            case "CONTRACT", "合同", "合同面积" -> AreaBasis.CONTRACT;
            default -> throw DomainException.invalid("areaBasis", "The area's basis is 登记 (REGISTER), 实测 (SURVEY) or "
                    + "合同 (CONTRACT), not '" + text + "'");
        };
    }

    private static boolean yes(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "", "否", "N", "NO", "FALSE", "0" -> false;
            case "是", "Y", "YES", "TRUE", "1" -> true;
            default -> throw DomainException.invalid("developerHeld", "开发商持有 is 是 or 否 (or left empty), not '" + text + "'");
        };
    }

    private static String cell(SheetRow data, Map<RosterColumn, Integer> positions, RosterColumn column) {
        Integer position = positions.get(column);
        return position == null ? "" : data.cell(position);
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T attempt(List<RowProblem> problems, RosterColumn column, Parse<T> parse) {
        try {
            return parse.get();
        } catch (DomainException refused) {
            problems.add(problem(column, refused.code(), refused.getMessage()));
        } catch (NumberFormatException notANumber) {
            problems.add(problem(column, ErrorCode.VALIDATION_FAILED, column.heading() + " is not a number"));
        }
        return null;
    }

    static RowProblem problem(RosterColumn column, ErrorCode code, String reason) {
        return new RowProblem(column.heading(), column.field(), code, reason);
    }
}
