package org.renewalledger.command.policy;

import org.renewalledger.kernel.common.Money;

/** The maintenance fund (维修资金) rate for long-term management, per m² of floor area: 5–10 yuan by default. */
public record MaintenanceFundPolicy(Money minimumPerSquareMetre, Money maximumPerSquareMetre) {

    public static final MaintenanceFundPolicy DEFAULT = new MaintenanceFundPolicy(Money.ofYuan("5"), Money.ofYuan("10"));

    public boolean allows(Money perSquareMetre) {
        return perSquareMetre.compareTo(minimumPerSquareMetre) >= 0 && perSquareMetre.compareTo(maximumPerSquareMetre) <= 0;
    }

    public String rule() {
        return "maintenance fund of " + minimumPerSquareMetre + " to " + maximumPerSquareMetre + " per m²";
    }
}
