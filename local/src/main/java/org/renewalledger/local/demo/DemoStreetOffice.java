package org.renewalledger.local.demo;

/** A street office of the demo county: its division code and name. */
record DemoStreetOffice(String code, String name) {
}
