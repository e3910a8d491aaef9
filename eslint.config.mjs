/**
 * ESLint 9 flat config.
 *
 * - typescript-eslint's recommended rules for all TypeScript.
 * - eslint-plugin-office-addins: its `react` config (STYLE.md: `plugin:office-addins/react`) only
 *   matches .js/.ts (not .tsx) and pins its own older parser, so we take its rules and apply them to
 *   every source file with our parser: reading before `load`/`sync` and `sync` in a loop become lint
 *   errors wherever Office.js is used.
 * - React and hooks rules for the pane and the workbench.
 * - Prettier owns formatting: eslint-config-prettier switches off every stylistic rule that would fight
 *   it. Formatting is not a lint finding (a line break is no bug, and lint output must stay readable);
 *   `npm run prettier:check` reports it, `npm run prettier` rewrites files.
 * - The engine (src/engine/**) stays pure: no Office globals, no React, no adapter imports. That is what
 *   lets the same engine run in Excel, in the workbench, in the command line and in jest.
 */
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import prettierConfig from "eslint-config-prettier";
import globals from "globals";

/** The plugin's own recommended rules, taken from its flat config so that upgrades carry over. */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

const officeGlobals = ["Office", "Excel", "CustomFunctions", "OfficeRuntime", "OfficeExtension"];

export default tseslint.config(
  {
    ignores: ["dist/**", "lib/**", "coverage/**", "test-results/**", "node_modules/**", "**/*.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs,jsx}"],
    plugins: { "office-addins": officeAddins, react, "react-hooks": reactHooks },
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        ...globals.browser,
        ...Object.fromEntries(officeGlobals.map((name) => [name, "readonly"])),
      },
    },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat["jsx-runtime"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      ...officeAddinsRules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      // Errors must be seen: an empty catch hides them (STYLE.md: no catch-all that hides errors).
      "no-empty": ["error", { allowEmptyCatch: false }],
    },
  },
  {
    // Plain Node scripts and configs: CommonJS, Node globals.
    files: ["**/*.{js,cjs}", "scripts/**", "bin/**", "*.config.{js,mjs}"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
  {
    files: ["test/**", "bench/**", "src/cli/**"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    // jest.isolateModules(() => require(...)) re-imports a module after a global stub is in place.
    files: ["test/**"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The engine is pure: the adapters (functions, excel, taskpane, workbench, cli) call it, never the reverse.
    files: ["src/engine/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...officeGlobals.map((name) => ({
          name,
          message:
            "The engine must not use Office.js: pass data in from an adapter (src/excel, src/functions).",
        })),
      ],
      // Types too: `Excel.Range` in the engine would tie it to Office.js as surely as a call.
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "TSQualifiedName[left.name=/^(Office|Excel|CustomFunctions|OfficeRuntime|OfficeExtension)$/]",
          message:
            "The engine must not use Office.js types: define its own data types (src/engine/workbook).",
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "react",
              message: "The engine has no UI: React belongs in src/taskpane or src/workbench.",
            },
            { name: "react-dom", message: "The engine has no UI." },
            { name: "@microsoft/office-js", message: "The engine must not use Office.js." },
          ],
          patterns: [
            {
              group: ["@fluentui/*", "office-addin-*"],
              message: "The engine must stay free of UI and Office.",
            },
            {
              // A relative path that climbs out of the engine into an adapter folder of src/.
              regex: "^(\\.\\./)+(excel|taskpane|workbench|functions|cli)(/|$)",
              message: "The engine must not import an adapter: adapters import the engine.",
            },
          ],
        },
      ],
    },
  },
  prettierConfig,
);
