import { pickTemplate } from '../src';
import type { TemplateCandidate, TemplateCriteria } from '../src';

const INSTITUTION_ID = 42;
const SUPERVISOR_ID = 7;

function candidate(overrides: Partial<TemplateCandidate> & Pick<TemplateCandidate, 'id' | 'level'>): TemplateCandidate {
  return {
    kind: 'handover-act',
    resourceTypeCode: 'computer',
    supervisorId: null,
    institutionId: null,
    validFrom: '2025-01-01',
    validTo: null,
    active: true,
    ...overrides,
  };
}

const stateTemplate = candidate({ id: 1, level: 'state' });
const supervisorTemplate = candidate({ id: 2, level: 'municipality', supervisorId: SUPERVISOR_ID });
const institutionTemplate = candidate({ id: 3, level: 'institution', institutionId: INSTITUTION_ID });

function criteria(overrides: Partial<TemplateCriteria> = {}): TemplateCriteria {
  return {
    kind: 'handover-act',
    resourceTypeCode: 'computer',
    institutionId: INSTITUTION_ID,
    supervisorId: SUPERVISOR_ID,
    on: new Date('2025-09-01T09:00:00Z'),
    ...overrides,
  };
}

describe('pickTemplate', () => {
  test('prefers institution over supervisor over state', () => {
    const all = [stateTemplate, supervisorTemplate, institutionTemplate];

    expect(pickTemplate(all, criteria())?.id).toBe(3);
    expect(pickTemplate([stateTemplate, supervisorTemplate], criteria())?.id).toBe(2);
    expect(pickTemplate([stateTemplate], criteria())?.id).toBe(1);
  });

  test('ignores templates of other organisations', () => {
    const all = [stateTemplate, supervisorTemplate, institutionTemplate];

    expect(pickTemplate(all, criteria({ institutionId: 43 }))?.id).toBe(2);
    expect(pickTemplate(all, criteria({ institutionId: 50, supervisorId: 8 }))?.id).toBe(1);
  });

  test('skips an expired institution template', () => {
    const expired = { ...institutionTemplate, validTo: '2025-08-31' };

    expect(pickTemplate([stateTemplate, supervisorTemplate, expired], criteria())?.id).toBe(2);
  });

  test('skips a template not yet valid', () => {
    const future = { ...supervisorTemplate, validFrom: '2025-09-02' };

    expect(pickTemplate([stateTemplate, future], criteria())?.id).toBe(1);
  });

  test('counts both validity ends as valid days', () => {
    const oneDay = { ...institutionTemplate, validFrom: '2025-09-01', validTo: '2025-09-01' };

    expect(pickTemplate([oneDay], criteria())?.id).toBe(3);
    expect(pickTemplate([oneDay], criteria({ on: new Date('2025-09-02T09:00:00Z') }))).toBeNull();
    expect(pickTemplate([oneDay], criteria({ on: new Date('2025-08-31T09:00:00Z') }))).toBeNull();
  });

  test('compares validity on the calendar day in Latvia', () => {
    const fromSeptember = { ...institutionTemplate, validFrom: '2025-09-01' };

    // 21:30 UTC on 31 August is 00:30 on 1 September in Riga (UTC+3 in summer).
    expect(pickTemplate([fromSeptember], criteria({ on: new Date('2025-08-31T21:30:00Z') }))?.id).toBe(3);
    expect(pickTemplate([fromSeptember], criteria({ on: new Date('2025-08-31T20:30:00Z') }))).toBeNull();
  });

  test('skips inactive templates', () => {
    const inactive = { ...institutionTemplate, active: false };

    expect(pickTemplate([stateTemplate, inactive], criteria())?.id).toBe(1);
  });

  test('matches kind and resource type', () => {
    const returnAct = candidate({ id: 4, level: 'state', kind: 'return-act' });
    const tablet = candidate({
      id: 5,
      level: 'institution',
      institutionId: INSTITUTION_ID,
      resourceTypeCode: 'tablet',
    });

    expect(pickTemplate([returnAct, tablet], criteria())).toBeNull();
    expect(pickTemplate([returnAct, tablet], criteria({ kind: 'return-act' }))?.id).toBe(4);
    expect(pickTemplate([returnAct, tablet], criteria({ resourceTypeCode: 'tablet' }))?.id).toBe(5);
  });

  test('prefers the latest validFrom within a level', () => {
    const older = candidate({ id: 6, level: 'state', validFrom: '2024-01-01' });
    const newer = candidate({ id: 7, level: 'state', validFrom: '2025-06-01' });
    const sameDay = candidate({ id: 8, level: 'state', validFrom: '2025-06-01' });

    expect(pickTemplate([newer, older], criteria())?.id).toBe(7);
    expect(pickTemplate([older, newer, sameDay], criteria())?.id).toBe(8);
  });

  test('returns null without candidates', () => {
    expect(pickTemplate([], criteria())).toBeNull();
  });

  test('rejects an invalid date', () => {
    expect(() => pickTemplate([stateTemplate], criteria({ on: new Date('not a date') }))).toThrow(RangeError);
  });
});
