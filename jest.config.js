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
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/test/unit/**/*.test.ts", "<rootDir>/test/unit/**/*.test.tsx"] },
    { ...common, displayName: "browser", testMatch: ["<rootDir>/test/browser/**/*.test.ts"] },
  ],
};
