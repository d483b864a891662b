import { Admin, type RenderResourcesFunction } from 'react-admin';
import { BrowserRouter } from 'react-router-dom';
import { authProvider } from './authProvider';
import { Dashboard } from './Dashboard';
import { dataProvider } from './dataProvider';
import { LoginPage } from './LoginPage';

/** vite's base ('/admin/') without its trailing slash: the router serves every admin route under it. */
const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

/**
 * The resources a staff role may use (react-admin asks with getPermissions' answer). None yet: reports,
 * calls and accounts arrive with the moderation issue. A function child also keeps react-admin from
 * treating the panel as empty, which would show its welcome screen instead of the dashboard.
 */
const resourcesFor: RenderResourcesFunction = () => [];

export function App() {
  return (
    <BrowserRouter basename={basename}>
      <Admin
        title="Minutely moderation"
        authProvider={authProvider}
        dataProvider={dataProvider}
        dashboard={Dashboard}
        loginPage={LoginPage}
        requireAuth
        disableTelemetry
      >
        {resourcesFor}
      </Admin>
    </BrowserRouter>
  );
}
