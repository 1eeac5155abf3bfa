package org.renewalledger.command.compound.survey;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the housing registry's roster sheet (业主名册), matched by Chinese heading or by the JSON API's
 * field name, in any order (other columns are ignored). Owners are references, separated by 、 , ; or ；.
 */
public enum RosterColumn {
    UNIT("房号", "unit", true),
    EXCLUSIVE_AREA("专有面积（平方米）", "exclusiveArea", true),
    AREA_BASIS("面积依据", "areaBasis", true),
    OWNERS("权利人", "owners", true),
    DEVELOPER_HELD("开发商持有", "developerHeld", false);

    private final String heading;
    private final String field;
    private final boolean required;

    RosterColumn(String heading, String field, boolean required) {
        this.heading = heading;
        this.field = field;
        this.required = required;
    }

    public String heading() {
        return heading;
    }

    public String field() {
        return field;
    }

    boolean required() {
        return required;
    }

    static Optional<RosterColumn> forHeader(String cell) {
        String text = cell == null ? "" : cell.strip().replace('(', '（').replace(')', '）');
        return Arrays.stream(values()).filter(column -> column.heading.equals(text) || column.field.equalsIgnoreCase(text)
                || column.heading.startsWith(text + "（") && !text.isEmpty()).findFirst();
    }
}
