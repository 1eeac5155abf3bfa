package org.renewalledger.kernel.compound;

import java.util.List;

/** One page of compounds with the total count, so a client can page on. */
public record CompoundPage(List<CompoundView> items, int page, int size, long total) {
}
