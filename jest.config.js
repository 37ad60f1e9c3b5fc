/** Two projects: fast unit tests (node) and browser tests (real chromium via playwright-core). */
const common = {
  preset: "ts-jest",
  testEnvironment: "node",
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  transform: { "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, diagnostics: false }] },
};
module.exports = {
  // Generous per-test limit: .xlsx round trips take a few seconds on a loaded 2-core machine. Speed is measured
  // by `npm run bench`, never by tests.
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/test/unit/**/*.test.ts", "<rootDir>/test/unit/**/*.test.tsx"] },
    // Without chromium the browser project stops at once with one line saying what to install.
    { ...common, displayName: "browser", testMatch: ["<rootDir>/test/browser/**/*.test.ts"], globalSetup: "<rootDir>/scripts/require-chromium.js" },
  ],
};
