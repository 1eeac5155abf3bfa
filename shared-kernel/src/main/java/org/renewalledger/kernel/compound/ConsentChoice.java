package org.renewalledger.kernel.compound;

/** An owner's answer. Every answer counts towards participation; only {@link #AGREE} towards approval. */
public enum ConsentChoice {
    AGREE,
    DISAGREE,
    ABSTAIN
}
