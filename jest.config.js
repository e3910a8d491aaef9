/**
 * Jest, three projects so that each test runs where it belongs and a quick run stays quick:
 * - node: unit, engine, adapter, manifest and sheet tests (everything not below);
 * - dom: React components, files named *.dom.test.tsx, in jsdom;
 * - dist: tests of the built add-in (test/build) and real-browser tests (test/browser). Their global
 *   set-up builds dist/ once when it is missing or older than the sources, so `npx jest test/unit`
 *   never pays for a webpack build.
 */
// Transpile only (isolatedModules, tsconfig.jest.json): the type check is `npm run typecheck`, which
// `npm test` runs first over src and test together; checking again per test file costs minutes.
const tsJest = ["ts-jest", { tsconfig: "tsconfig.jest.json" }];

const common = {
  rootDir: __dirname,
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/lib/"],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: [
        ...common.testPathIgnorePatterns,
        "<rootDir>/test/build/",
        "<rootDir>/test/browser/",
      ],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.dom.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/jestDom.ts"],
    },
    {
      ...common,
      displayName: "dist",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/build/**/*.test.ts", "<rootDir>/test/browser/**/*.test.ts"],
      globalSetup: "<rootDir>/test/setup/buildDist.js",
      // A cold Chromium start and a page load on a busy CI machine take seconds, not milliseconds.
      testTimeout: 60_000,
    },
  ],
};
