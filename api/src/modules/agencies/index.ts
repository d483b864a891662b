// The agencies module: agencies (seed 002's group owners), their memberships and the record of what they do on
// creators' behalf (tables `agency`, `agency_membership`, `agency_action`). Also the ledger's AgencyCutSource.
export { AgenciesService, panelHolderKey, startOfUtcDay, type ActingFor } from './agencies.service';
export { AgencyRepository, type AgencyListFilter, type MembershipListFilter } from './agency.repository';
export { AgenciesResolver } from './agencies.resolver';
export { AGENCY_SHARE_MAX_BPS, MembershipState } from './agency-rules';
export { Agency, AgencyAction, AgencyActionKind, AgencyEarnings, AgencyFilter, AgencyMembership, AgencyMembershipFilter, AgencySummary } from './agency.types';
