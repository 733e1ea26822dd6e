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
    [[], 'resources', 'list', false],
  ])('%j on %s %s is %s', (roles, resource, action, allowed) => {
    expect(rolesCanAccess(roles, resource, action)).toBe(allowed);
  });
});
