package org.renewalledger.kernel.review;

import java.util.List;

/** Review cases, newest first. */
public record ReviewCaseList(List<ReviewCaseView> cases) {
}
