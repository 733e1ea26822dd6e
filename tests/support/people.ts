import { generatePersonalCode } from '@rumis/access';

let serial = Math.floor(Math.random() * 900);

/**
 * Returns a valid, generated personal code that no other call in this run returns. Tests never
 * use real people's codes.
 */
export function newPersonalCode(birthYear = 2010): string {
  serial += 1;
  const day = 1 + (serial % 28);
  const month = 1 + (Math.floor(serial / 28) % 12);
  return generatePersonalCode(new Date(Date.UTC(birthYear, month - 1, day)), serial % 1000);
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}
