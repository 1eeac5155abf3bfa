package org.renewalledger.local.demo;

import static org.renewalledger.kernel.compound.CompoundStatus.APPLIED;
import static org.renewalledger.kernel.compound.CompoundStatus.COMPLETED;
import static org.renewalledger.kernel.compound.CompoundStatus.HANDED_OVER;
import static org.renewalledger.kernel.compound.CompoundStatus.IN_PREPARATION;
import static org.renewalledger.kernel.compound.CompoundStatus.NOTICE_PUBLISHED;
import static org.renewalledger.kernel.compound.CompoundStatus.PLANNED;
import static org.renewalledger.kernel.compound.CompoundStatus.SCHEME_APPROVED;
import static org.renewalledger.kernel.compound.CompoundStatus.SCHEME_SUBMITTED;
import static org.renewalledger.kernel.compound.CompoundStatus.SETTLED;
import static org.renewalledger.kernel.compound.CompoundStatus.UNDER_CONSTRUCTION;
import static org.renewalledger.kernel.compound.CompoundStatus.UNDER_LONG_TERM_MANAGEMENT;
import static org.renewalledger.kernel.compound.CompoundStatus.WISHES_SURVEYED;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes one demo compound through the lifecycle to its stage, and books its money, through the public API:
 * survey, wishes, self-governance and application, scheme with catalogue items and funding plan, public
 * notice, every owner's vote, approval, delivery milestones, progress, a complaint, acceptance, accounts,
 * audit, handover and long-term management; allocations, tranches gated by milestones, expenditures,
 * residents' contributions, a utility cost share, and on one compound an audit finding with its clawback.
 * Domain dates run back from today; the service stamps its own times (approval, votes) from its clock.
 */
final class CompoundScript {

    private final DemoCompound compound;
    private final DemoTokens tokens;
    private final DemoClient client;
    private final LocalDate today;
    private final String streetOffice;
    private final String path;
    private final String projectPath;
    private final String key;

    CompoundScript(DemoCompound compound, DemoTokens tokens, DemoClient client, LocalDate today) {
        this.compound = compound;
        this.tokens = tokens;
        this.client = client;
        this.today = today;
        this.streetOffice = tokens.streetOffice(compound.office());
        this.path = "/api/compounds/" + compound.compoundId();
        this.projectPath = "/api/projects/" + compound.compoundId() + "-" + today.getYear() + "/funding";
        this.key = compound.compoundId() + "-" + today.getYear();
    }

    /** @return whether the compound was loaded now; {@code false} when an earlier load registered it already. */
    boolean run() {
        if (!register()) {
            return false;
        }
        roster();
        if (compound.reached(WISHES_SURVEYED)) {
            int inFavour = compound.households() * 92 / 100;
            step(streetOffice, "wishes-survey", Map.of("households", compound.households(), "inFavour", inFavour,
                    "surveyedOn", day(-300), "backdatingReason", LATE));
        }
        if (compound.reached(APPLIED)) {
            String committee = compound.name() + "业主委员会";
            step(streetOffice, "self-governance", Map.of("kind", "OWNERS_COMMITTEE", "name", committee, "formedOn", day(-280),
                    "backdatingReason", LATE));
            applicationCount();
            step(streetOffice, "application", Map.of("applicant", committee, "appliedOn", day(-270), "backdatingReason", LATE));
        }
        if (compound.reached(SCHEME_SUBMITTED)) {
            scheme();
        }
        if (compound.reached(NOTICE_PUBLISHED)) {
            // A notice still running for the compound stopped at this stage; long over for the others.
            step(streetOffice, "notice", Map.of("startsOn", compound.reached(SCHEME_APPROVED) ? day(-200) : day(-1),
                    "backdatingReason", LATE, "attachments", List.of(photo(streetOffice, "公示照片"))));
            votes(compound.reached(SCHEME_APPROVED) ? compound.households() * 3 / 4 + 1 : compound.households() / 3);
        }
        if (compound.reached(SCHEME_APPROVED)) {
            step(streetOffice, "consent/SCHEME/close", Map.of());
            step(tokens.housingBureau(), "approval", Map.of());
            allocate();
        }
        if (compound.reached(PLANNED)) {
            milestone(tokens.housingBureau(), "ENTERED_ANNUAL_PLAN", -180, "金住建〔" + today.getYear() + "〕12号");
        }
        if (compound.reached(IN_PREPARATION)) {
            milestone(tokens.housingBureau(), "DESIGN_REVIEWED", -170, "施工图设计审查意见");
            milestone(tokens.housingBureau(), "BUDGET_REVIEWED", -160, "财政评审报告");
            // the contract binds the implementing entity to this compound's project, the only one it acts on (docs/SECURITY.md)
            client.post(tokens.housingBureau(), "/api/projects/" + compound.compoundId() + "-" + today.getYear() + "/contractors",
                    Map.of("jurisdictionCode", DemoProgramme.COUNTY, "compoundId", compound.compoundId(),
                            "contractorId", "implementing-entity", "role", "IMPLEMENTING_ENTITY"));
            milestone(tokens.implementingEntity(), "TENDERED", -150, "招标公告");
            milestone(tokens.implementingEntity(), "CONTRACTED", -140, "施工合同");
        }
        if (compound.reached(UNDER_CONSTRUCTION)) {
            milestone(tokens.implementingEntity(), "CONSTRUCTION_STARTED", -130, "开工报告");
            constructionMoney();
            step(tokens.implementingEntity(), "progress", Map.of("percentComplete", compound.reached(COMPLETED) ? 100 : 45,
                    "reportedOn", day(-60), "note", "雨污管网铺设完成，外墙保温施工中", "backdatingReason", LATE));
            step(streetOffice, "complaints", Map.of("ticket", "12345-" + compound.compoundId(), "summary", "夜间施工噪音扰民"));
        }
        if (compound.reached(COMPLETED)) {
            step(tokens.housingBureau(), "milestones", Map.of("milestone", "COMPLETION_ACCEPTED", "reachedOn", day(-50),
                    "reference", "竣工验收记录", "residentRepresentatives", 3, "backdatingReason", LATE,
                    "attachments", List.of(photo(tokens.housingBureau(), "竣工验收记录"))));
            milestone(tokens.implementingEntity(), "FINAL_ACCOUNTS_SUBMITTED", -40, "竣工决算报告");
            completionMoney();
        }
        if (compound.reached(SETTLED)) {
            milestone(tokens.auditor(), "SETTLEMENT_AUDITED", -30, "结算审计报告");
            auditFinding();
        }
        if (compound.reached(HANDED_OVER)) {
            milestone(tokens.housingBureau(), "HANDED_OVER", -20, "移交清单");
        }
        if (compound.reached(UNDER_LONG_TERM_MANAGEMENT)) {
            step(streetOffice, "long-term-management", Map.of("mode", "PROPERTY_COMPANY", "manager", "金沙物业服务有限公司",
                    "maintenanceFundPerSquareMetre", "6.00", "startsOn", day(-10)));
            elevator();
        }
        return true;
    }

    private boolean register() {
        Map<String, Object> body = new HashMap<>();
        body.put("compoundId", compound.compoundId());
        body.put("name", compound.name());
        body.put("jurisdictionCode", DemoProgramme.COUNTY);
        body.put("streetOfficeCode", compound.office().code());
        body.put("streetOfficeName", compound.office().name());
        body.put("builtYear", compound.builtYear());
        body.put("buildings", compound.buildings());
        body.put("households", compound.households());
        body.put("floorArea", compound.floorArea().toPlainString());
        return client.post(streetOffice, "/api/compounds", body, Set.of(409)).status() != 409;
    }

    private void scheme() {
        BigDecimal budget = compound.budget();
        BigDecimal basic = share(budget, 55);
        BigDecimal improvement = share(budget, 35);
        BigDecimal upgrade = budget.subtract(basic).subtract(improvement);
        step(streetOffice, "scheme", Map.of(
                "items", List.of(
                        Map.of("category", "BASIC", "name", "雨污分流及供水管网改造", "budget", money(basic)),
                        Map.of("category", "IMPROVEMENT", "name", "外墙保温及节能改造", "budget", money(improvement)),
                        Map.of("category", "UPGRADE", "name", "社区养老托育服务设施", "budget", money(upgrade))),
                "funding", List.of(
                        Map.of("source", "CENTRAL_SUBSIDY", "amount", money(central())),
                        Map.of("source", "PROVINCIAL_SUBSIDY", "amount", money(share(budget, 10))),
                        Map.of("source", "LOCAL_BUDGET", "amount", money(local())),
                        Map.of("source", "UTILITY_COMPANY", "amount", money(share(budget, 5))),
                        Map.of("source", "RESIDENT_CONTRIBUTION", "amount", money(residents()))),
                "longTermManagementPlan", "成立业主委员会，选聘物业服务企业，按每平方米6元归集维修资金"));
    }

    /** The housing registry's owners' roster: one unit per household, each held by its own (invented) owner. */
    private void roster() {
        String area = compound.areaPerOwner().toPlainString();
        List<Map<String, Object>> units = new java.util.ArrayList<>();
        for (int owner = 1; owner <= compound.households(); owner++) {
            String unit = ownerReference(owner);
            units.add(Map.of("unit", unit, "exclusiveArea", area, "areaBasis", "REGISTER", "owners", List.of("p-" + unit)));
        }
        step(streetOffice, "roster", Map.of("units", units));
    }

    /** The application's own count (申报, double two-thirds): nine in ten owners agree on one survey sheet. */
    private void applicationCount() {
        List<Map<String, Object>> votes = new java.util.ArrayList<>();
        for (int owner = 1; owner <= compound.households() * 9 / 10; owner++) {
            votes.add(Map.of("unit", ownerReference(owner), "choice", "AGREE", "channel", "PAPER_FORM"));
        }
        step(streetOffice, "consent/APPLICATION/import", Map.of("votes", votes));
        step(streetOffice, "consent/APPLICATION/close", Map.of());
    }

    /** Owners vote one by one on paper forms; a few say no, so the tally shows both. */
    private void votes(int agree) {
        String area = compound.areaPerOwner().toPlainString();
        for (int owner = 1; owner <= agree + 3 && owner <= compound.households(); owner++) {
            String choice = owner <= agree ? "AGREE" : "DISAGREE";
            step(streetOffice, "consent/SCHEME", Map.of("owner", ownerReference(owner), "exclusiveArea", area,
                    "choice", choice, "channel", "PAPER_FORM"));
        }
    }

    /**
     * An elevator for stairwell unit 1-1: its own count over the roster's twelve flats in that stairwell, and the
     * ground-floor owner whose area the shaft takes; the area of each vote comes from the roster.
     */
    private void elevator() {
        step(streetOffice, "elevators/1-1", Map.of("shaftOwners", List.of("1-1-101")));
        for (int floor = 1; floor <= 6; floor++) {
            for (int door = 1; door <= 2; door++) {
                String owner = "1-1-" + floor + "0" + door;
                step(streetOffice, "elevators/1-1/consent", Map.of("owner", owner,
                        "choice", floor == 2 && door == 2 ? "DISAGREE" : "AGREE", "channel", "IN_PERSON"));
            }
        }
        step(streetOffice, "elevators/1-1/close", Map.of());
    }

    private void allocate() {
        String office = DemoProgramme.COUNTY; // projects are funded under the county's code
        fund(tokens.financeBureau(), "allocations", Map.of("jurisdictionCode", office, "source", "CENTRAL_SUBSIDY",
                "amount", money(central()), "idempotencyKey", "XD-" + key + "-ZY"));
        fund(tokens.financeBureau(), "allocations", Map.of("jurisdictionCode", office, "source", "PROVINCIAL_SUBSIDY",
                "amount", money(share(compound.budget(), 10)), "idempotencyKey", "XD-" + key + "-SJ"));
        fund(tokens.financeBureau(), "allocations", Map.of("jurisdictionCode", office, "source", "LOCAL_BUDGET",
                "amount", money(local()), "idempotencyKey", "XD-" + key + "-BJ"));
        fund(tokens.financeBureau(), "resident-contributions", Map.of("jurisdictionCode", office,
                "amount", money(residents()), "households", compound.households(), "idempotencyKey", "JM-" + key));
        fund(tokens.financeBureau(), "utility-cost-shares", Map.of("jurisdictionCode", office, "work", "TELECOM_RELOCATION",
                "totalCost", money(share(compound.budget(), 4)), "utilityCompany", "中国电信金沙分公司",
                "idempotencyKey", "GX-" + key));
    }

    /** Construction started: the first tranche (up to 60%) is paid to the implementing entity, who spends part of it. */
    private void constructionMoney() {
        String office = DemoProgramme.COUNTY; // projects are funded under the county's code
        fund(tokens.housingBureau(), "milestones", Map.of("jurisdictionCode", office, "milestone", "CONSTRUCTION_STARTED"));
        fund(tokens.financeBureau(), "disbursements", Map.of("jurisdictionCode", office, "source", "CENTRAL_SUBSIDY",
                "amount", money(share(central(), 50)), "recipient", "黔北建工集团有限公司", "idempotencyKey", "BF-" + key + "-1"));
        fund(tokens.financeBureau(), "disbursements", Map.of("jurisdictionCode", office, "source", "LOCAL_BUDGET",
                "amount", money(share(local(), 40)), "recipient", "黔北建工集团有限公司", "idempotencyKey", "BF-" + key + "-2"));
        fund(tokens.implementingEntity(), "expenditures", Map.of("jurisdictionCode", office, "source", "CENTRAL_SUBSIDY",
                "amount", money(share(central(), 30)), "payee", "金沙鑫达建筑劳务有限公司", "purpose", "雨污管网施工进度款",
                "idempotencyKey", "ZC-" + key + "-1"));
    }

    /** Acceptance and final accounts release the rest of the central subsidy. */
    private void completionMoney() {
        String office = DemoProgramme.COUNTY; // projects are funded under the county's code
        fund(tokens.housingBureau(), "milestones", Map.of("jurisdictionCode", office, "milestone", "COMPLETION_ACCEPTED"));
        fund(tokens.housingBureau(), "milestones", Map.of("jurisdictionCode", office, "milestone", "FINAL_ACCOUNTS_SUBMITTED"));
        fund(tokens.financeBureau(), "disbursements", Map.of("jurisdictionCode", office, "source", "CENTRAL_SUBSIDY",
                "amount", money(central().subtract(share(central(), 50))), "recipient", "黔北建工集团有限公司",
                "idempotencyKey", "BF-" + key + "-3"));
        fund(tokens.implementingEntity(), "expenditures", Map.of("jurisdictionCode", office, "source", "CENTRAL_SUBSIDY",
                "amount", money(share(central(), 60)), "payee", "金沙鑫达建筑劳务有限公司", "purpose", "竣工结算款",
                "idempotencyKey", "ZC-" + key + "-2"));
    }

    /** The settlement audit finds an overpayment on the first compound to reach it; the bureau claws it back. */
    private void auditFinding() {
        if (!compound.compoundId().equals("520523001-D03")) {
            return;
        }
        String office = DemoProgramme.COUNTY; // projects are funded under the county's code
        String finding = fund(tokens.auditor(), "audit-findings", Map.of("jurisdictionCode", office, "source", "CENTRAL_SUBSIDY",
                "amount", "20000.00", "finding", "超合同范围拨付工程款", "idempotencyKey", "SJ-" + key)).path("entryId").asText();
        fund(tokens.financeBureau(), "clawbacks", Map.of("jurisdictionCode", office, "findingEntryId", finding,
                "amount", "20000.00", "idempotencyKey", "ZH-" + key));
    }

    private void milestone(String token, String milestone, int daysAgo, String reference) {
        step(token, "milestones", Map.of("milestone", milestone, "reachedOn", day(daysAgo), "reference", reference,
                "backdatingReason", LATE));
    }

    /**
     * A small image standing for a photo or scan of {@code what} for this compound (its own bytes, so its own hash),
     * uploaded as evidence.
     */
    private String photo(String token, String what) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(96, 64, java.awt.image.BufferedImage.TYPE_INT_RGB);
        int colour = (compound.compoundId() + what).hashCode() & 0xFFFFFF;
        for (int x = 0; x < 96; x++) {
            for (int y = 0; y < 64; y++) {
                image.setRGB(x, y, colour ^ (x * y));
            }
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return client.upload(token, png.toByteArray(), compound.compoundId() + "-" + what + ".png");
    }

    /** The demo programme is loaded after the fact: its past dates carry this reason (docs/LIFECYCLE.md). */
    private static final String LATE = "演示数据：按历史进度补录";

    private void step(String token, String step, Map<String, ?> body) {
        client.post(token, path + "/" + step, body);
    }

    private com.fasterxml.jackson.databind.JsonNode fund(String token, String step, Map<String, ?> body) {
        return client.post(token, projectPath + "/" + step, body);
    }

    private BigDecimal central() {
        return share(compound.budget(), 50);
    }

    private BigDecimal local() {
        return share(compound.budget(), 25);
    }

    private BigDecimal residents() {
        BigDecimal budget = compound.budget();
        return budget.subtract(central()).subtract(share(budget, 10)).subtract(local()).subtract(share(budget, 5));
    }

    private String ownerReference(int owner) {
        int perStairwell = 12;
        int stairwell = (owner - 1) / perStairwell;
        int room = (owner - 1) % perStairwell;
        return (stairwell / 2 + 1) + "-" + (stairwell % 2 + 1) + "-" + (room / 2 + 1) + "0" + (room % 2 + 1);
    }

    private String day(int offset) {
        return today.plusDays(offset).toString();
    }

    private static BigDecimal share(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.DOWN).toPlainString();
    }
}
