import { hasPermission, mixesAdminAndDailyRoles, PERMISSIONS, ROLES, scopeIncludes, scopeOf } from '../src';

describe('scope of a profile', () => {
  it('gives the state level everything', () => {
    expect(scopeOf({ level: 'state', supervisorId: null, institutionId: null })).toEqual({ kind: 'all' });
  });

  it('gives a supervisor its own schools', () => {
    const scope = scopeOf({ level: 'municipality', supervisorId: 7, institutionId: null });
    expect(scope).toEqual({ kind: 'supervisor', supervisorId: 7 });
    expect(scopeIncludes(scope!, { id: 1, supervisorId: 7 })).toBe(true);
    expect(scopeIncludes(scope!, { id: 2, supervisorId: 8 })).toBe(false);
  });

  it('gives an institution only itself', () => {
    const scope = scopeOf({ level: 'institution', supervisorId: null, institutionId: 3 });
    expect(scope).toEqual({ kind: 'institution', institutionId: 3 });
    expect(scopeIncludes(scope!, { id: 3, supervisorId: 7 })).toBe(true);
    expect(scopeIncludes(scope!, { id: 4, supervisorId: 7 })).toBe(false);
  });

  it('gives nothing to a profile without the object of its level', () => {
    expect(scopeOf({ level: 'municipality', supervisorId: null, institutionId: 3 })).toBeNull();
    expect(scopeOf({ level: 'institution', supervisorId: 7, institutionId: null })).toBeNull();
  });
});

describe('role table', () => {
  it('lets only administrators manage people and profiles', () => {
    for (const role of ROLES) {
      expect(hasPermission([role], 'profiles.write')).toBe(role === 'admin');
      expect(hasPermission([role], 'users.write')).toBe(role === 'admin');
    }
  });

  it('gives each daily action to its role', () => {
    expect(hasPermission(['resource_manager'], 'resources.write')).toBe(true);
    expect(hasPermission(['application_registrar'], 'applications.create')).toBe(true);
    expect(hasPermission(['application_reviewer'], 'applications.decide')).toBe(true);
    expect(hasPermission(['resource_issuer'], 'handover-acts.work')).toBe(true);
    expect(hasPermission(['report_viewer'], 'applications.decide')).toBe(false);
    expect(hasPermission(['admin'], 'resources.read')).toBe(false);
  });

  it('names only known roles', () => {
    for (const roles of Object.values(PERMISSIONS)) {
      for (const role of roles) {
        expect(ROLES).toContain(role);
      }
    }
  });

  it('detects the administrator role mixed with daily roles', () => {
    expect(mixesAdminAndDailyRoles(['admin'])).toBe(false);
    expect(mixesAdminAndDailyRoles(['resource_manager', 'report_viewer'])).toBe(false);
    expect(mixesAdminAndDailyRoles(['admin', 'report_viewer'])).toBe(true);
  });
});
