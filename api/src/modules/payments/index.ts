// The payments module: token packs, purchases and the provider's events (tables `token_pack`, `purchase`,
// `payment_event`); tokens move through the ledger.
export { PaymentsRepository } from './payments.repository';
export { MalformedPaymentEvent, PaymentsService, RefusedPaymentEvent } from './payments.service';
export { PaymentsResolver } from './payments.resolver';
