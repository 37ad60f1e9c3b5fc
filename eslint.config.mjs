/**
 * ESLint (flat config), run by `npm run lint` in `npm test`:
 *   every TypeScript file      typescript-eslint's recommended rules, with its parser;
 *   the React UI and pages     eslint-plugin-react-hooks: the rules of hooks and effect dependencies (not its React
 *                              Compiler rules: the project does not use the compiler, and they flag deliberate
 *                              patterns such as a state reset when a new analysis arrives);
 *   src/hosts/office           eslint-plugin-office-addins (context.sync before reading, no sync in a loop …);
 *   build scripts and configs  CommonJS under node.
 * Formatting is Prettier's (`prettier --check`), not ESLint's.
 */
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "dist-tsc/", "coverage/", "node_modules/", "test/output/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not; the ES5 loader must name its catch binding.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}", "src/app/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}", "src/wps/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    files: ["src/hosts/office/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tseslint.parser },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // Tests load the CommonJS build configuration (webpack.config.js) as it is.
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
