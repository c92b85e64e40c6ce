/**
 * `--lang zh-CN` on every report-writing command (issue 11): the Markdown of each command on
 * the bundled example data keeps no English word but names, statistics, citations and the
 * user's data (item, segment, unit and category names).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ahpCommand } from '../../src/cli/commands/ahp.js';
import { controlCommand } from '../../src/cli/commands/control.js';
import { copulaCommand } from '../../src/cli/commands/copula.js';
import { describeCommand } from '../../src/cli/commands/describe.js';
import { estimateCommand } from '../../src/cli/commands/estimate.js';
import { evaluateCommand } from '../../src/cli/commands/evaluate.js';
import { expectationsCommand } from '../../src/cli/commands/expectations.js';
import { funnelCommand } from '../../src/cli/commands/funnel.js';
import { gapsCommand } from '../../src/cli/commands/gaps.js';
import { groupsCommand } from '../../src/cli/commands/groups.js';
import { indexCommand } from '../../src/cli/commands/indexCmd.js';
import { itemsCommand } from '../../src/cli/commands/items.js';
import { kanoCommand } from '../../src/cli/commands/kano.js';
import { leagueCommand } from '../../src/cli/commands/league.js';
import { linkageCommand } from '../../src/cli/commands/linkage.js';
import { paretoCommand } from '../../src/cli/commands/pareto.js';
import { planCommand } from '../../src/cli/commands/plan.js';
import { serviceGapsCommand } from '../../src/cli/commands/serviceGaps.js';
import { touchpointsCommand } from '../../src/cli/commands/touchpoints.js';
import type { Command } from '../../src/cli/command.js';
import type { Out } from '../../src/cli/output.js';
import { fixturePath, readJson } from '../helpers/fixtures.js';
import { latinWords } from './helpers.js';

const quiet: Out = { line: () => undefined, err: () => undefined, json: () => undefined };
const data = (file: string): string => join('examples', 'data', file);

// Latin words every Chinese report may keep: statistic and method names, authors of the
// citations, the methodology link, and option or function names quoted as code.
const KEPT = new Set(
  (
    'PLS SERVQUAL RATER Kano Better Worse Fong Berger Holm Welch Wilson Pearson Cram Fisher Johnson Delta EWMA ' +
    'Cronbach Copula Jarque Bera AHP CRITIC Saaty Fornell Ringle Sarstedt Bootstrap Top box min max ' +
    'permutationIndices overdispersion additive multigroupAnalysis micom pls maxIterations docs methodology index confidence interval'
  ).split(' '),
);

interface Case {
  readonly name: string;
  readonly command: Command;
  readonly args: (dir: string) => string[];
  /** The user's data in this report: item, dimension, segment, unit, node and category names. */
  readonly data: string;
  readonly phrases: readonly string[];
}

const KIOSK_DIMENSIONS = 'usefulness fun control economy personalization convenience security tangibles';
const CASES: readonly Case[] = [
  {
    name: 'gaps',
    command: gapsCommand,
    args: () => ['--data', data('kiosk.csv'), '--pairs', data('kiosk-servqual-pairs.json'), '--scale', '1-7'],
    data: KIOSK_DIMENSIONS,
    phrases: ['# 差距分析', '8 个维度、24 个题项的感知减期望；负差距表示不足。', '### SERVQUAL 总分'],
  },
  {
    name: 'kano',
    command: kanoCommand,
    args: () => ['--data', data('kiosk.csv'), '--pairs', data('kiosk-kano-pairs.json')],
    data: 'feature',
    phrases: ['基于正向/反向问题对，对 29 个功能进行 Kano 分类。', '| 必备质量 |', '| 魅力质量 |'],
  },
  {
    name: 'service-gaps',
    command: serviceGapsCommand,
    args: () => ['--input', data('service-gaps.json')],
    data: KIOSK_DIMENSIONS,
    phrases: ['## 服务质量差距 1–5', '### 差距 1：管理者认知 − 顾客期望', '配对 t 检验；95% 区间；在各维度间做 Holm 校正。'],
  },
  {
    name: 'items',
    command: itemsCommand,
    args: () => ['--data', data('ecsi-mobi.csv'), '--scale', '1-10', '--items', 'CUSL1,CUSL2,CUSL3'],
    data: '',
    phrases: ['题项块含 3 个题项（CUSL1, CUSL2, CUSL3）：Cronbach α = 0.442。', '题项–总分相关低、删除后 α 升高、天花板效应', '成列删除：250 行完整，删除 0 行。'],
  },
  {
    name: 'plan',
    command: planCommand,
    args: () => ['--data', data('ecsi-mobi.csv'), '--scale', '1-10', '--preset', 'ecsi', '--outcome', 'CUSL', '--target', '78', '--actionable', 'PERQ,PERV,CUEX'],
    data: '',
    phrases: ['顾客忠诚（CUSL）当前为 70.9，目标 78。', '### 改进行动排序', '按这些步骤可以达到目标。'],
  },
  {
    name: 'groups',
    command: groupsCommand,
    args: (dir) => ['--data', fixturePath('data', 'corp_rep_data.csv'), '--scales', join(dir, 'corp-scales.json'), '--missing-policy', 'listwise', '--model', join(dir, 'corp.json'), '--by', 'serviceprovider', '--permutations', '49', '--seed', '7', '--indices'],
    data: 'serviceprovider COMP LIKE',
    phrases: ['# 多组分析', '### 各组路径系数（总体检验）', '各组之间没有显著不同的路径。'],
  },
  {
    name: 'league',
    command: leagueCommand,
    args: () => ['--data', data('units-customers-simulated.csv'), '--scale', '1-10', '--unit', 'unit', '--items', 'CSAT1,CSAT2,CSAT3'],
    data: '',
    phrases: ['## 单位：排行榜与漏斗控制限', '目标 64.90（总体均值）；σ = 25.72（单位内合并）；4021 位受访者。', '| 高于 99.8% 上限 |'],
  },
  {
    name: 'linkage',
    command: linkageCommand,
    args: () => ['--scale', '1-10', '--unit', 'unit', '--x-data', data('units-employees-simulated.csv'), '--x-items', 'ENG1,ENG2,ENG3', '--y-data', data('units-customers-simulated.csv'), '--y-items', 'CSAT1,CSAT2,CSAT3'],
    data: '',
    phrases: ['## 跨单位的员工–顾客关联', '员工指数每高 1 分，顾客指数高 0.385 分', '## 单位：第一项调查（x）'],
  },
  {
    name: 'funnel',
    command: funnelCommand,
    args: () => ['--data', data('complaints-simulated.csv'), '--scale', '1-10', '--outcome', 'outcome', '--repurchase', 'repurchase', '--customers', '200000', '--margin', '180'],
    data: '',
    phrases: ['遇到问题的顾客中 51.5% 进行了投诉；投诉中 76.6% 得到解决。', '| 未投诉（沉默的不满者） |', '| 已解决 − 未解决（服务补救） |', '| 合计 | – | 28800 |'],
  },
  {
    name: 'control',
    command: controlCommand,
    args: () => ['--data', data('index-monthly-simulated.csv'), '--periods', 'period', '--value', 'value', '--se', 'se', '--ewma', '--baseline', '2024-01,2024-02,2024-03,2024-04,2024-05,2024-06'],
    data: '',
    phrases: ['共 24 期，中心线 70.79。13 期出现 55 个信号', '第 2024-12 期（数值 72.6559，z = 1.52）：连续 8 期位于中心线同侧（偏高）。', '| 规则 4 | 向上 |'],
  },
  {
    name: 'pareto',
    command: paretoCommand,
    args: () => ['--data', data('complaints-simulated.csv'), '--scale', '1-10', '--category', 'category', '--by', 'tier'],
    data: 'billing network customer service roaming device contract other app VIP ordinary',
    phrases: ['8 个类别中的 5 个（billing, network, customer-service, roaming, device）占 614 件投诉的 85.3%。', '按细分：类别构成存在差异', '关键少数：累计占比达到 80% 的前几个类别。'],
  },
  {
    name: 'touchpoints',
    command: touchpointsCommand,
    args: () => ['--data', data('journey-simulated.csv'), '--scale', '1-10', '--touchpoints', 'TP_WEB,TP_STORE,TP_CHECKOUT,TP_DELIVERY,TP_SUPPORT', '--overall', 'SAT'],
    data: 'TP_WEB TP_STORE TP_CHECKOUT TP_DELIVERY TP_SUPPORT WEB STORE CHECKOUT DELIVERY SUPPORT',
    phrases: ['## 顾客旅程：触点', '短板检验：最小值的影响小于平均值所隐含的水平', '| 按影响加权 |'],
  },
  {
    name: 'evaluate',
    command: evaluateCommand,
    args: (dir) => ['--before', join(dir, 'before.json'), '--after', join(dir, 'after.json'), '--outcome', 'CUSA', '--targeted', 'PERQ,PERV', '--importance', join(dir, 'importance.json')],
    data: '',
    phrases: ['顾客满意度（CUSA）变化了 2.20 分（95% 置信区间 -0.16 至 4.56）。', '显著上升的目标驱动因素：感知质量（PERQ）。', '| 非目标驱动因素 |'],
  },
  {
    name: 'expectations',
    command: expectationsCommand,
    args: () => ['--data', data('expectations-simulated.csv'), '--scale', '1-7', '--factors', 'tier', '--id', 'id', '--pairs', 'E1:P1,E2:P2,E3:P3,E4:P4,E5:P5', '--satisfaction', 'SAT1,SAT2,SAT3', '--by', 'tier'],
    data: 'VIP ordinary SAT',
    phrases: ['50% 的顾客认为服务好于预期，10% 与预期相符，40% 差于预期', '| 全部 | 超出期望 |', '应提升服务能够满足的期望，而不是降低期望。'],
  },
  {
    name: 'copula',
    command: copulaCommand,
    args: () => ['--data', data('ecsi-mobi.csv'), '--preset', 'ecsi', '--resamples', '100', '--seed', '7'],
    data: '',
    phrases: ['# 内生性检验（高斯 Copula）', '没有显著的 Copula 项（n = 250）：结构路径中无内生性迹象。', '其 Copula 项识别较弱，检验不可靠。'],
  },
  {
    name: 'index',
    command: indexCommand,
    args: () => ['--data', data('ecsi-mobi.csv'), '--preset', 'ecsi', '--scale', '1-10'],
    data: '',
    phrases: ['# 0–100 指数', '7 个潜变量的 0–100 指数。'],
  },
  {
    name: 'index-tree',
    command: indexCommand,
    args: (dir) => ['--data', data('ecsi-mobi.csv'), '--scale', '1-10', '--tree', data('ecsi-tree.json'), '--fit', join(dir, 'fit.json')],
    data: 'CSI Customer satisfaction index Image Expectation Quality overall quality Network reliability Service Information Value Satisfaction Loyalty',
    phrases: ['由 10 个节点下的 23 个题项构成。', '### 各节点得分与权重', '| 熵权法 |'],
  },
  {
    name: 'index-aggregate',
    command: indexCommand,
    args: () => ['--aggregate', data('acsi-nation.json'), '--level', '0.9'],
    data: 'Nation Retail gdp share Supermarkets Department Finance Banks Insurance Utilities',
    phrases: ['# 汇总指数', 'Nation：74.0 ± 1.0（90% 区间），基于 9 家公司。', '### 各层级指数'],
  },
  {
    name: 'ahp',
    command: ahpCommand,
    args: (dir) => ['--matrix', join(dir, 'ahp.json')],
    data: 'culture family housing jobs transportation',
    phrases: ['## AHP 权重', '在 CR ≤ 0.1 下可接受。', '| 要素 | 权重 |'],
  },
  {
    name: 'describe',
    command: describeCommand,
    args: () => ['--data', data('ecsi-mobi.csv'), '--scale', '1-10'],
    data: '',
    phrases: ['# 调查数据', '250 位受访者，24 个计分题项。'],
  },
];

/** The input files the examples of `groups`, `evaluate`, `ahp` and `index --tree` need. */
async function writeInputs(dir: string): Promise<void> {
  const mg = readJson<{ cases: { name: string; blocks: Record<string, string[]>; paths: Record<string, unknown> }[] }>('gap', 'multigroup-reference.json');
  const corp = mg.cases.find((c) => c.name.startsWith('corp'));
  if (corp === undefined) throw new Error('no corporate-reputation case');
  writeFileSync(join(dir, 'corp.json'), JSON.stringify({
    constructs: Object.entries(corp.blocks).map(([name, items]) => ({ name, items })),
    paths: Object.keys(corp.paths).map((k) => ({ from: k.split('->')[0], to: k.split('->')[1] })),
  }));
  writeFileSync(join(dir, 'corp-scales.json'), JSON.stringify([{ items: Object.values(corp.blocks).flat(), scale: { min: 1, max: 7, missingCodes: [-99] } }]));
  const ev = readJson<{ before: Record<string, [number, number]>; after: Record<string, [number, number]>; importance: Record<string, number> }>('programme', 'evaluate_improvement.json');
  const wave = (w: Record<string, [number, number]>) => Object.fromEntries(Object.entries(w).map(([k, [value, se]]) => [k, { value, se }]));
  writeFileSync(join(dir, 'before.json'), JSON.stringify(wave(ev.before)));
  writeFileSync(join(dir, 'after.json'), JSON.stringify(wave(ev.after)));
  writeFileSync(join(dir, 'importance.json'), JSON.stringify(ev.importance));
  const ahp = readJson<{ cases: { id: string; matrix: number[][]; elements: string[] }[] }>('data', 'ahp_reference_cases.json');
  const city = ahp.cases.find((c) => c.id.includes('city'));
  writeFileSync(join(dir, 'ahp.json'), JSON.stringify({ labels: city?.elements, matrix: city?.matrix }));
  let fit: unknown;
  await estimateCommand.run(['--data', data('ecsi-mobi.csv'), '--preset', 'ecsi', '--scale', '1-10', '--json'], { ...quiet, json: (v) => (fit = v) });
  writeFileSync(join(dir, 'fit.json'), JSON.stringify(fit));
}

describe('--lang zh-CN: the report of every command is Chinese', () => {
  let dir: string;
  const md = new Map<string, string>();
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'csi-zh-cmd-'));
    await writeInputs(dir);
    for (const c of CASES) {
      const out = join(dir, `${c.name}.md`);
      await c.command.run([...c.args(dir), '--lang', 'zh-CN', '--out', out], quiet);
      md.set(c.name, readFileSync(out, 'utf8'));
    }
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const c of CASES) {
    it(`csi ${c.name}: no English word but names, statistics, citations and the user's data`, () => {
      const text = md.get(c.name) ?? '';
      const own = new Set(c.data.split(' '));
      const stray = [...latinWords(text)].filter((w) => !KEPT.has(w) && !own.has(w));
      expect(stray).toEqual([]);
      for (const p of c.phrases) expect(text).toContain(p);
    });
  }
});
