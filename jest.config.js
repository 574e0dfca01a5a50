/** Jest: ts-jest on CommonJS (webpack builds the task pane as ES modules separately). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  testTimeout: 60000,
  setupFilesAfterEnv: ['<rootDir>/test/setup/dom.ts', '<rootDir>/test/setup/fastCheck.ts'],
};
