/** Jest in ESM mode: ts-jest compiles each file as an ES module. */
export default {
  testEnvironment: 'node',
  globalSetup: '<rootDir>/scripts/jest-global-setup.js',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: [
    '<rootDir>/packages/**/test/**/*.test.ts',
    '<rootDir>/actions/**/*.test.ts',
    '<rootDir>/tests/**/*.test.ts',
  ],
  testTimeout: 60000,
}
