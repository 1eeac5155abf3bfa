package org.renewalledger.infra.demo;

/** A street office of the demo county: its division code and name. */
record DemoStreetOffice(String code, String name) {
}
