package org.renewalledger.command.compound.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the survey template (摸底调查表), in template order. A header cell matches a column by its
 * Chinese heading or by the field name of the JSON API ({@code builtYear}), so a report's problem names both
 * the column a clerk sees and the field a program knows. The county is not a column: it is the first six
 * digits of the street office's code.
 */
public enum SurveyColumn {
    COMPOUND_ID("小区编码", "compoundId", true, "520523001-101"),
    NAME("小区名称", "name", true, "幸福里小区"),
    STREET_OFFICE_CODE("街道代码", "streetOfficeCode", true, "520523001"),
    STREET_OFFICE_NAME("街道名称", "streetOfficeName", true, "鼓场街道"),
    BUILT_YEAR("建成年份", "builtYear", true, "1995"),
    BUILDINGS("楼栋数", "buildings", true, "6"),
    HOUSEHOLDS("户数", "households", true, "240"),
    FLOOR_AREA("建筑面积（平方米）", "floorArea", true, "18650.50"),
    EXCLUSIONS("排除情形", "exclusions", false, "");

    private final String heading;
    private final String field;
    private final boolean required;
    private final String example;

    SurveyColumn(String heading, String field, boolean required, String example) {
        this.heading = heading;
        this.field = field;
        this.required = required;
        this.example = example;
    }

    public String heading() {
        return heading;
    }

    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    String example() {
        return example;
    }

    /** The column a header cell names: its heading (ignoring spaces and the kind of brackets) or its field name. */
    static Optional<SurveyColumn> forHeader(String cell) {
        String key = normalise(cell);
        return Arrays.stream(values())
                .filter(column -> normalise(column.heading).equals(key) || column.field.equalsIgnoreCase(key)
                        || normalise(column.heading).replaceAll("\\(.*\\)$", "").equals(key))
                .findFirst();
    }

    /** The column that holds an input field, so that a refusal naming {@code builtYear} points at 建成年份. */
    static Optional<SurveyColumn> forField(String field) {
        return Arrays.stream(values()).filter(column -> column.field.equals(field)).findFirst();
    }

    /** One example row: each column's example value, in template order. */
    static List<String> headingsExample() {
        return Arrays.stream(values()).map(SurveyColumn::example).toList();
    }

    static List<String> headings() {
        return Arrays.stream(values()).map(SurveyColumn::heading).toList();
    }

    private static String normalise(String cell) {
        return cell == null ? "" : cell.replaceAll("[\\s\\u3000]", "").replace('（', '(').replace('）', ')')
                .replace("㎡", "平方米").replace("m²", "平方米").replace("m2", "平方米");
    }
}
