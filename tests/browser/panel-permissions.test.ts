import { rolesCanAccess } from '../../admin/src/auth/permissions';

describe('panel canAccess table', () => {
  it.each([
    [['application_reviewer'], 'applications', 'allocate', true],
    [['application_reviewer'], 'applications', 'create', false],
    [['application_registrar'], 'applications', 'create', true],
    [['application_registrar'], 'applications', 'decline', false],
    [['resource_issuer'], 'handover-acts', 'issue', true],
    [['resource_issuer'], 'handover-acts', 'document', true],
    [['application_reviewer'], 'handover-acts', 'show', true],
    [['application_reviewer'], 'handover-acts', 'issue', false],
    [['resource_manager'], 'resources', 'edit', true],
    [['report_viewer'], 'resources', 'list', true],
    [['report_viewer'], 'resources', 'create', false],
    [['admin'], 'institutions', 'list', true],
    [['admin'], 'applications', 'list', false],
    [['resource_manager'], 'resources', 'delete', false],
    [['resource_manager'], 'resources', 'copy', true],
    [['resource_manager'], 'resources', 'bulk-write-off', true],
    [['report_viewer'], 'resources', 'export', true],
    [['report_viewer'], 'resources', 'bulk-status', false],
    [['application_reviewer'], 'resources', 'export', false],
    [['resource_manager'], 'dashboard', 'resources', true],
    [['application_registrar'], 'dashboard', 'resources', false],
    [['admin'], 'users', 'list', true],
    [['admin'], 'profiles', 'delete', true],
    [['admin'], 'institutions', 'edit', true],
    [['admin'], 'institutions', 'activate', true],
    [['resource_manager'], 'users', 'list', false],
    [['resource_manager'], 'profiles', 'list', false],
    [['report_viewer'], 'institutions', 'edit', false],
    [[], 'resources', 'list', false],
  ])('%j on %s %s is %s', (roles, resource, action, allowed) => {
    expect(rolesCanAccess(roles, resource, action)).toBe(allowed);
  });
});
