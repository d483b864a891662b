// The partners module: apps, API keys, their scopes and usage (tables `partner_app`, `api_key`, `api_key_usage`).
export { PartnerRepository } from './partner.repository';
export { PartnersService, type PartnerLimits } from './partners.service';
export { PartnersResolver } from './partners.resolver';
export { PartnerGateway, overBudget, costExtension, rateLimitHeaders, type Charge } from './partner-gateway';
export { UsageRecorder } from './usage-recorder';
export { ApiScope, FIELD_SCOPES } from './scopes';
export { apiKeyPrefix } from './api-key';
