import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * Layering (docs/DECISIONS.md): renderer -> shared, electron -> shared, never shared -> anything,
 * never renderer -> electron, and core services never import Electron.
 */
const noElectronRenderer = {
  patterns: [
    {
      group: ['**/electron/**', '../electron/*'],
      message: 'renderer talks to the main process only through src/api.ts',
    },
  ],
  paths: [{ name: 'electron', message: 'no Electron in the renderer' }],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', noElectronRenderer],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared imports nothing from the app' },
            { group: ['node:*'], message: 'shared has no Node APIs' },
          ],
          paths: ['electron', 'fs', 'path', 'crypto', 'react'],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'core services never import Electron' }],
          patterns: [{ group: ['**/renderer/**'], message: 'no renderer code in the main process' }],
        },
      ],
    },
  },
  prettier,
);
