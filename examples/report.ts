/**
 * The full HTML report of the ECSI mobile-phone survey: model fit, quality assessment, 0–100
 * indices with t and bootstrap intervals, IPMA for satisfaction (CUSA) and loyalty (CUSL), the
 * bootstrap (500 resamples, seed 1) and the satisfaction index against a target of 75.
 *
 * `npx tsx examples/report.ts [out.html]` — writes to the given path, or to
 * `<os temp dir>/csi-ecsi-report.html`, and prints the path. The file is self-contained (inline
 * SVG charts, no scripts, no network): open it in any browser or print it to PDF.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { assessModel, bootstrapPls, ecsiModel, estimatePls, indexScorecard, ipma, likert, satisfactionIndex, targetGap } from 'csi-analytics';
import { readDataset } from 'csi-analytics/node';
import { buildReport, renderHtml } from 'csi-analytics/report';

const out = resolve(process.argv[2] ?? join(tmpdir(), 'csi-ecsi-report.html'));

const data = readDataset('examples/data/ecsi-mobi.csv', { defaultScale: likert(1, 10) });
const model = ecsiModel();
const fit = estimatePls(model, data);
const assessment = assessModel(fit);
const boot = bootstrapPls(model, data, { resamples: 500, seed: 1, keepDraws: true });
const indices = indexScorecard(fit, { data, ...(boot.draws !== undefined ? { bootstrap: { performance: boot.draws.performance } } : {}) });
// The target 75 is an example of a management goal, not a published benchmark.
const TARGET = 75;
const target = targetGap(satisfactionIndex(fit, 'CUSA', { data }), TARGET, { label: 'Satisfaction (CUSA)' });

const report = buildReport({
  title: 'ECSI — mobile phones',
  subtitle: 'Customer satisfaction index, drivers and model quality',
  fit,
  assessment,
  indices,
  targets: target,
  ipma: [ipma(fit, 'CUSA'), ipma(fit, 'CUSL')],
  bootstrap: boot,
  meta: {
    data: 'examples/data/ecsi-mobi.csv (Tenenhaus et al. 2005)',
    respondents: data.n,
    model: 'ECSI, 7 constructs, 12 paths (PLS, path weighting)',
    bootstrap: `${boot.resamples} resamples, seed ${boot.seed}`,
    target: `${TARGET} (illustrative)`,
  },
});
const html = await renderHtml(report);
writeFileSync(out, html);

console.log(`Report "${report.title}": ${report.sections.length} sections`);
for (const s of report.sections) {
  console.log(`  ${s.title.padEnd(40)} ${String(s.tables.length).padStart(2)} tables  ${String(s.charts.length).padStart(2)} charts`);
}
const cusa = indices.details['CUSA']!;
console.log(`Satisfaction index ${cusa.index.toFixed(2)} (95% CI ${cusa.ci?.lower.toFixed(2)}–${cusa.ci?.upper.toFixed(2)}); target ${TARGET}: gap ${target.gap.toFixed(2)}, P(true index ≥ ${TARGET}) = ${target.probabilityMeetsTarget.toFixed(3)}`);
console.log(`Wrote ${(html.length / 1024).toFixed(0)} KB to ${out}`);
