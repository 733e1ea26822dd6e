import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { dataProvider } from './api/dataProvider';
import { Dashboard } from './dashboard/Dashboard';
import applications from './applications';
import { authProvider, PROFILE_CHOOSER_PATH } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { ProfileChooserPage } from './auth/ProfileChooserPage';
import handoverActs from './handover-acts';
import { i18nProvider } from './i18n/i18nProvider';
import institutions from './institutions';
import { Layout } from './layout/Layout';
import profiles from './profiles';
import { ImportPage } from './resources/ImportPage';
import resources from './resources';
import { theme } from './theme';
import users from './users';

/**
 * The RUMIS staff panel. Menus, buttons and routes follow authProvider.canAccess, which reads
 * the same role table as the server's route policies.
 */
export const App = () => (
  <Admin
    disableTelemetry
    requireAuth
    title="RUMIS"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    layout={Layout}
    dashboard={Dashboard}
    theme={theme}
  >
    <Resource name="applications" {...applications} />
    <Resource name="handover-acts" {...handoverActs} />
    <Resource name="resources" {...resources}>
      <Route path="import" element={<ImportPage />} />
    </Resource>
    <Resource name="institutions" {...institutions} />
    <Resource name="users" {...users} />
    <Resource name="profiles" {...profiles} />
    {/* Catalogs read by choices and labels; they have no pages of their own. */}
    <Resource name="code-lists" />
    <Resource name="resource-subtypes" />
    <Resource name="social-statuses" />
    <CustomRoutes noLayout>
      <Route path={PROFILE_CHOOSER_PATH} element={<ProfileChooserPage />} />
    </CustomRoutes>
  </Admin>
);
