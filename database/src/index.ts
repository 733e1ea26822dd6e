export { startEmbeddedPostgres } from './embedded-postgres';
export type { EmbeddedPostgresHandle, EmbeddedPostgresOptions } from './embedded-postgres';
export { readConstraintsSql, seedDir } from './constraints';
