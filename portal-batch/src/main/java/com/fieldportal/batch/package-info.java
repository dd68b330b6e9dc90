/**
 * The nightly reconciliation job (DESIGN.md, "Nightly reconciliation"; {@code META-INF/batch-jobs/reconciliation.xml}):
 * settles pending bank payments, recomputes invoice balances and credits' remaining amounts, reminds of expiring
 * cards, and reports. Its steps call the services of portal-ejb; nothing depends on this module.
 */
package com.fieldportal.batch;
