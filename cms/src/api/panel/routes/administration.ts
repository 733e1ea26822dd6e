import { panelRoute } from '../../../lib/panel-route';

export default {
  routes: [
    panelRoute('GET', '/users', 'administration.findUsers', 'users.read'),
    panelRoute('GET', '/users/:id', 'administration.findUser', 'users.read'),
    panelRoute('POST', '/users', 'administration.createUser', 'users.write'),
    panelRoute('PUT', '/users/:id', 'administration.updateUser', 'users.write'),

    panelRoute('GET', '/profiles', 'administration.findProfiles', 'profiles.read'),
    panelRoute('GET', '/profiles/:id', 'administration.findProfile', 'profiles.read'),
    panelRoute('POST', '/profiles', 'administration.createProfile', 'profiles.write'),
    panelRoute('PUT', '/profiles/:id', 'administration.updateProfile', 'profiles.write'),
    panelRoute('DELETE', '/profiles/:id', 'administration.endProfile', 'profiles.write'),

    panelRoute('PUT', '/institutions/:id', 'institutions.update', 'institutions.write'),
    panelRoute('GET', '/institutions/:id/contacts', 'institutions.contacts', 'institutions.read'),
    panelRoute('PUT', '/institutions/:id/contacts', 'institutions.replaceContacts', 'institutions.write'),
    panelRoute('GET', '/institutions/:id/settings', 'institutions.settings', 'institutions.read'),
    panelRoute('PUT', '/institutions/:id/settings', 'institutions.saveSettings', 'institutions.write'),
    panelRoute('POST', '/institutions/:id/activate', 'institutions.activate', 'institutions.activate'),
    panelRoute('POST', '/institutions/:id/deactivate', 'institutions.deactivate', 'institutions.activate'),
  ],
};
