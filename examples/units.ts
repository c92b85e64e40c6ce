/**
 * The internal-customer / service-profit chain across units: a league table of branches with
 * funnel-plot limits that respect each branch's sample size, and the link between the
 * employee-engagement index and the customer-satisfaction index across branches.
 * `npx tsx examples/units.ts`
 *
 * Data: examples/data/units-{employees,customers}-simulated.csv — SIMULATED with the library's
 * seeded `simulateSurvey` (test/fixtures/scripts/simulate_units.ts; see examples/data/README.md):
 * 30 branches, 5–44 employees and 8–257 customers each.
 */
import { likert, unitLeagueTable, unitLinkage } from 'csi-analytics';
import { readDataset } from 'csi-analytics/node';
import { renderText, summarizeUnitLeagueTable, summarizeUnitLinkage } from 'csi-analytics/report';

const scale = { defaultScale: likert(1, 10) };
const customers = readDataset('examples/data/units-customers-simulated.csv', scale);
const employees = readDataset('examples/data/units-employees-simulated.csv', scale);
/** Respondent score: mean of the items on 0–100. */
const score = (d: typeof customers, items: string[]) =>
  Float64Array.from({ length: d.n }, (_, r) => items.reduce((s, it) => s + (100 * (d.columns[it]![r]! - 1)) / 9, 0) / items.length);

const cus = unitLeagueTable({ scores: score(customers, ['CSAT1', 'CSAT2', 'CSAT3']), units: customers.factors.unit! });
const emp = unitLeagueTable({ scores: score(employees, ['ENG1', 'ENG2', 'ENG3']), units: employees.factors.unit! });

console.log(`Customer index by branch: target ${cus.target.toFixed(1)}, σ ${cus.sigma.toFixed(1)}, φ̂ ${cus.overdispersion.phi.toFixed(2)}`);
console.log('rank unit   n    mean   95% funnel        status');
for (const r of cus.rows) {
  console.log(`${String(r.rank).padStart(4)} ${r.unit}  ${String(r.n).padStart(4)}  ${r.mean.toFixed(1)}  [${r.limits.lower95.toFixed(1)}, ${r.limits.upper95.toFixed(1)}]  ${r.status}`);
}
console.log(`Naive best ${cus.naive.best}, worst ${cus.naive.worst}; ${cus.warnings.map((w) => w.message).join(' ')}`);

// Branches differ by more than chance here, so widen the limits by the between-branch variance.
const re = unitLeagueTable({ scores: score(customers, ['CSAT1', 'CSAT2', 'CSAT3']), units: customers.factors.unit! }, { overdispersion: 'additive' });
console.log(`\nRandom-effects funnel (τ² = ${re.overdispersion.tau2.toFixed(2)}): above ${re.flagged.high.join(', ')}; below ${re.flagged.low.join(', ')}`);

const link = unitLinkage(emp, cus);
const c = link.correlation;
console.log(`\nEmployee ↔ customer across ${link.units.length} branches: r = ${c.r.toFixed(3)} [${c.ci.lower.toFixed(3)}, ${c.ci.upper.toFixed(3)}] (Fisher z), p = ${c.pValue.toPrecision(3)}`);
const b = link.regression.slope;
console.log(`Customer index = ${link.regression.intercept.estimate.toFixed(2)} + ${b.estimate.toFixed(3)} × employee index (slope 95% CI [${b.ci.lower.toFixed(3)}, ${b.ci.upper.toFixed(3)}])`);
console.log('(an across-unit, ecological association in simulated data — not a causal effect)');

const report = { kind: 'csi.report' as const, version: 1 as const, title: 'Branches', sections: [summarizeUnitLinkage(link), summarizeUnitLeagueTable(re)], meta: {} };
console.log('\n' + renderText(report).split('\n').slice(0, 18).join('\n'));
