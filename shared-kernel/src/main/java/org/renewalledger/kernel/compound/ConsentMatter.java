package org.renewalledger.kernel.compound;

/** What the owners are asked: each matter has its own consent count. */
public enum ConsentMatter {
    /** Whether to apply for renovation (居民申请). */
    APPLICATION,
    /** The renovation scheme put to the owners after its public notice (方案认可). */
    SCHEME
}
