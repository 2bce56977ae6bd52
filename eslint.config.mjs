// @ts-check
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * typescript-eslint's recommended rules with type information (one TypeScript
 * program from tsconfig.test.json, which covers src, test, bench, scripts and
 * client), so promise and `any` mistakes are found, not only syntax. Layout is
 * prettier's job: eslint-config-prettier turns off the rules that overlap it.
 */
export default defineConfig(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'data/',
      'coverage/',
      'src/generated/',
      'client/generated/',
      'test/support/generated/',
      'test/fixtures/',
      'test-results/',
      'bench/profiles/',
    ],
  },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.test.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_name` marks a parameter kept for its position (ctx first in every service method).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Apollo's plugin hooks and the services' decide/after callbacks are typed to return a
      // promise; `async` without `await` is the plain way to write one.
      '@typescript-eslint/require-await': 'off',
      // Input checks match control characters on purpose (NUL, C0 in salts).
      'no-control-regex': 'off',
    },
  },
  {
    // Tests and benchmarks read GraphQL responses as JSON (`any` by design: the
    // shape is what is under test); the type-aware rules stay on for src.
    files: ['test/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Benchmarks load the compiled server (dist/) at run time, after `npm run build`.
    files: ['bench/**'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Outside the TypeScript program: plain JavaScript (CommonJS scripts) and prisma.config.ts.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', 'prisma.config.ts'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        performance: 'readonly',
        __dirname: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
