// A benchmark run from this checkout: it measures the plugins' internals, so it
// imports their sources directly (not through their published entry points).
module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  rules: {
    '@backstage/no-forbidden-package-imports': 'off',
  },
});
