/**
 * All tests run in one process, one file at a time: each file boots Strapi against the same
 * PostgreSQL, which globalSetup starts (embedded, in a temporary folder) unless DATABASE_URL is set.
 */
module.exports = {
  rootDir: '..',
  roots: ['<rootDir>/tests', '<rootDir>/plugins/access/test', '<rootDir>/plugins/documents/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json'}] },
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  testEnvironment: 'node',
  maxWorkers: 1,
  testTimeout: 60000,
  verbose: true,
};
