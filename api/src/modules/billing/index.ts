// The billing module: call billing — the maths (call-billing.ts) and its steps through the ledger. No tables:
// it changes a BillingState the calls module persists.
export { billableMilliseconds, billableSeconds, callCharge, type TimeGap } from './call-billing';
export { CallBillingService, type BillingState } from './call-billing.service';
