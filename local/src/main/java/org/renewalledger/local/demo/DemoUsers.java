package org.renewalledger.local.demo;

import java.util.List;
import java.util.Optional;
import org.renewalledger.kernel.common.Role;

/**
 * The demo users the local stack issues tokens for. Names are invented; the jurisdiction codes are the
 * real division codes of the demo county and its province, so scoping behaves as it would in production.
 */
public final class DemoUsers {

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("street-office", "王建华（鼓场街道办）", Role.STREET_OFFICE, "520523001"),
            new DemoUser("street-office-2", "刘晓梅（西洛街道办）", Role.STREET_OFFICE, "520523002"),
            new DemoUser("housing-bureau", "陈志强（县住建局）", Role.HOUSING_BUREAU, "520523"),
            new DemoUser("finance-bureau", "赵丽娟（县财政局）", Role.FINANCE_BUREAU, "520523"),
            new DemoUser("implementing-entity", "孙国栋（县城投集团）", Role.IMPLEMENTING_ENTITY, "520523"),
            new DemoUser("utility-company", "周海涛（供电公司）", Role.UTILITY_COMPANY, "520523"),
            new DemoUser("auditor", "吴静（县审计局）", Role.AUDITOR, "520523"),
            new DemoUser("discipline-office", "郑斌（县督查室）", Role.DISCIPLINE_OFFICE, "520523"),
            new DemoUser("owners-committee", "黄秀英（业委会）", Role.OWNERS_COMMITTEE, "520523001"),
            new DemoUser("administrator", "系统管理员", Role.ADMINISTRATOR, "520000"),
            // Records what holds nationwide, such as a year's holiday calendar (docs/OPERATIONS.md).
            new DemoUser("national-administrator", "系统管理员（全国）", Role.ADMINISTRATOR, "100000"),
            // Finance bureaus of the levels above the county, for funds (docs/FUNDING.md); 100000 is
            // the whole country (GB/T 2260), the scope of central funds.
            new DemoUser("central-finance", "钱国华（财政部）", Role.FINANCE_BUREAU, "100000"),
            new DemoUser("provincial-finance", "孙海燕（省财政厅）", Role.FINANCE_BUREAU, "520000"),
            // The demo programme's third street office (docs/DASHBOARD-UI.md).
            new DemoUser("street-office-3", "李文军（岩孔街道办）", Role.STREET_OFFICE, "520523003"));

    private DemoUsers() {
    }

    public static Optional<DemoUser> find(String username) {
        return ALL.stream().filter(user -> user.username().equals(username)).findFirst();
    }
}
