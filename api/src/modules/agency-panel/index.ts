// The agency panel module: an agency owner's live panel over its member creators (no tables of its own: it acts
// through the agencies, availability, messaging, calls and ledger modules), and moderators' view of agencies.
export { AgencyPanelService, type PanelSignal } from './agency-panel.service';
export { AgencyPanelResolver } from './agency-panel.resolver';
export { AgencyStaffResolver } from './agency-staff.resolver';
export { AgencyCreatorRow, AgencyPanelEvent, AgencyPanelEventKind } from './agency-panel.types';
