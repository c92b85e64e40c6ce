/**
 * Quick start: the whole CSI job in one call. `npx tsx examples/quickstart.ts`
 */
import { analyzeSurvey, likert } from 'csi-analytics';
import { readDataset } from 'csi-analytics/node';

// 250 respondents, 24 items on 1–10 (ECSI mobile-phone survey, Tenenhaus et al. 2005)
const data = readDataset('examples/data/ecsi-mobi.csv', { defaultScale: likert(1, 10) });

// ECSI model → PLS fit → assessment → 0–100 indices with CIs → IPMA → target gap
const analysis = analyzeSurvey(data, { model: 'ecsi', target: 75 });

console.log(analysis); // a compact summary (the object itself is plain JSON data)
console.log('CUSA index:', analysis.indices.indices['CUSA']?.index); // 72.454…
