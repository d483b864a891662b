import { Admin, Resource, type RenderResourcesFunction } from 'react-admin';
import { BrowserRouter } from 'react-router-dom';
import accounts from './accounts';
import agencies from './agencies';
import agencyMemberships from './agency-memberships';
import auditLog from './audit-log';
import { STAFF_ROLES, authProvider } from './authProvider';
import { Dashboard } from './Dashboard';
import { dataProvider } from './dataProvider';
import liveCalls from './live-calls';
import { LoginPage } from './LoginPage';
import { ModerationLayout } from './ModerationLayout';
import payouts from './payouts';
import reports from './reports';
import { theme } from './theme';
import transfers from './transfers';
import type { Role } from './graphql/generated/graphql';

/** vite's base ('/admin/') without its trailing slash: the router serves every admin route under it. */
const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

/**
 * The resources a staff role may use (react-admin asks with getPermissions' answer): moderators and
 * admins alike. Resource names are the API's type names, which dataProvider.ts builds its queries from.
 * A function child also keeps react-admin from showing its welcome screen while permissions load.
 */
const resourcesFor: RenderResourcesFunction = (role: Role | null) =>
  role && STAFF_ROLES.includes(role)
    ? [
        <Resource key="Report" name="Report" {...reports} />,
        <Resource key="LiveCall" name="LiveCall" {...liveCalls} />,
        <Resource key="Account" name="Account" {...accounts} />,
        <Resource key="Transfer" name="Transfer" {...transfers} />,
        <Resource key="Agency" name="Agency" {...agencies} />,
        <Resource key="AgencyMembership" name="AgencyMembership" {...agencyMemberships} />,
        <Resource key="Payout" name="Payout" {...payouts} />,
        <Resource key="AuditEntry" name="AuditEntry" {...auditLog} />,
      ]
    : [];

export function App() {
  return (
    <BrowserRouter basename={basename}>
      <Admin
        title="Minutely moderation"
        authProvider={authProvider}
        dataProvider={dataProvider}
        dashboard={Dashboard}
        loginPage={LoginPage}
        layout={ModerationLayout}
        theme={theme}
        requireAuth
        disableTelemetry
      >
        {resourcesFor}
      </Admin>
    </BrowserRouter>
  );
}
