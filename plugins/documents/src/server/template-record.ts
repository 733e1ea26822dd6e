import type { TemplateKind } from '../handover-act-document-data';
import type { TemplateCandidate, TemplateLevel } from '../pick-template';

/** The upload plugin's record of a template file. */
export interface TemplateFile {
  name: string;
  url: string;
  /** Upload provider that stores the file, `local` for the public/uploads folder. */
  provider: string;
}

/** A `plugin::documents.template` row with its file populated. */
export interface TemplateRecord extends TemplateCandidate {
  id: number;
  name: string;
  file: TemplateFile | null;
}

const KINDS: readonly TemplateKind[] = ['handover-act', 'return-act'];
const LEVELS: readonly TemplateLevel[] = ['state', 'municipality', 'institution'];

/**
 * Checks the shape of a row returned by `strapi.db.query('plugin::documents.template')`
 * and returns it typed. Throws TypeError naming the row id and the field that does not fit.
 */
export function toTemplateRecord(row: unknown): TemplateRecord {
  if (!isObject(row) || typeof row.id !== 'number') {
    throw new TypeError('Document template row has no numeric id');
  }
  const fields = new RowFields(row, row.id);

  return {
    id: row.id,
    name: fields.string('name'),
    kind: fields.oneOf('kind', KINDS),
    resourceTypeCode: fields.string('resourceTypeCode'),
    level: fields.oneOf('level', LEVELS),
    supervisorId: fields.optionalInteger('supervisorId'),
    institutionId: fields.optionalInteger('institutionId'),
    validFrom: fields.string('validFrom'),
    validTo: fields.optionalString('validTo'),
    active: row.active === true,
    file: toTemplateFile(row.file, row.id),
  };
}

function toTemplateFile(value: unknown, templateId: number): TemplateFile | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (!isObject(value)) {
    throw new TypeError(`Document template ${templateId}: file is not an upload record`);
  }
  const fields = new RowFields(value, templateId, 'file.');
  return { name: fields.string('name'), url: fields.string('url'), provider: fields.string('provider') };
}

class RowFields {
  constructor(
    private readonly row: Record<string, unknown>,
    private readonly templateId: number,
    private readonly prefix = '',
  ) {}

  string(field: string): string {
    const value = this.row[field];
    if (typeof value !== 'string') {
      throw this.invalid(field, 'a string');
    }
    return value;
  }

  optionalString(field: string): string | null {
    const value = this.row[field];
    return value === null || value === undefined ? null : this.string(field);
  }

  optionalInteger(field: string): number | null {
    const value = this.row[field];
    if (value === null || value === undefined) {
      return null;
    }
    if (!Number.isInteger(value)) {
      throw this.invalid(field, 'an integer');
    }
    return Number(value);
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const value = this.row[field];
    const match = allowed.find((entry) => entry === value);
    if (match === undefined) {
      throw this.invalid(field, `one of ${allowed.join(', ')}`);
    }
    return match;
  }

  private invalid(field: string, expected: string): TypeError {
    return new TypeError(
      `Document template ${this.templateId}: ${this.prefix}${field} is ${JSON.stringify(this.row[field])}, expected ${expected}`,
    );
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
