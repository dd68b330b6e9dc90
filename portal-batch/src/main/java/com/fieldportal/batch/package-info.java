/**
 * The nightly reconciliation job (DESIGN.md, "Nightly reconciliation"): settles pending ACH payments,
 * recomputes invoice balances and credit remainders, and records what it fixed. Not built yet; this
 * module exists so that the EAR has its final shape and the dependency rule
 * (portal-batch depends on portal-ejb, never the other way) is checked from the start.
 */
package com.fieldportal.batch;
