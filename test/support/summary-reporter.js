// Prints the one line CI reads: "N passed, N failed" (tests, from jest's own
// results). A suite that fails to run counts as one failure. With
// SUMMARY_FILE set, also appends the two numbers there so .ci/run can add up
// several runs (PGlite, then Postgres).
const fs = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const passed = results.numPassedTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
    if (process.env.SUMMARY_FILE) fs.appendFileSync(process.env.SUMMARY_FILE, `${passed} ${failed}\n`);
  }
}
module.exports = SummaryReporter;
