package org.renewalledger.kernel.compound;

/** How a vote reached the street office, kept so an auditor can ask for the paper or the log. */
public enum ConsentChannel {
    /** Signed on the paper form at a door-to-door visit or a meeting. */
    PAPER_FORM,
    /** Cast through the online platform (e.g. a WeChat mini-program). */
    ONLINE,
    /** Given to the residents' committee in person and recorded there. */
    IN_PERSON,
    /** Cast by a written proxy. */
    PROXY
}
