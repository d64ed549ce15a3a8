/** Prints the one closing line CI reads: "e2e: N passed, N failed". */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class ClosingLine implements Reporter {
  private passed = 0;
  private failed = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.retry < test.retries && result.status !== 'passed') return;
    if (result.status === 'passed') this.passed++;
    else if (result.status !== 'skipped') this.failed++;
  }

  onEnd(result: FullResult): void {
    // A run that could not start (a config or server failure) has no test results: count it as a failure.
    if (this.passed + this.failed === 0 && result.status !== 'passed') this.failed = 1;
    console.log(`e2e: ${this.passed} passed, ${this.failed} failed`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
