// Reads Lighthouse JSON reports and prints one line per page and category; exits 1 below the budget.
import { readFileSync } from 'node:fs';

const budget = 100;
let failed = 0, passed = 0;
for (const report of process.argv.slice(2)) {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  const path = new URL(result.finalDisplayedUrl || result.finalUrl).pathname;
  for (const [id, category] of Object.entries(result.categories)) {
    const score = Math.round(category.score * 100);
    const ok = score >= budget;
    ok ? passed++ : failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${path} ${id}: ${score}`);
    if (!ok) {
      for (const ref of category.auditRefs) {
        const audit = result.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`       ${audit.id}: ${audit.title} (${audit.displayValue || audit.score})`);
      }
    }
  }
}
console.log(`lighthouse: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
