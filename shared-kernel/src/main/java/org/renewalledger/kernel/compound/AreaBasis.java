package org.renewalledger.kernel.compound;

/**
 * Where an exclusive area comes from (法释〔2009〕7号 Art. 8): the real-estate register; where the unit is not
 * registered yet, the survey; where it is not surveyed yet, the sales contract.
 */
public enum AreaBasis {
    /** 不动产登记簿记载的专有部分面积. */
    REGISTER,
    /** 实测面积. */
    SURVEY,
    /** 房屋买卖合同记载的面积. */
    CONTRACT
}
