/**
 * `scaleMap(groups)`: assign one scale to many items at once.
 */
import * as z from 'zod/mini';
import { CsiError, type CsiIssue } from '../errors.js';
import { zodSafeParse, zodToIssues, type ZodIssueLike } from '../validate/index.js';
import { record } from '../util/record.js';
import { checkScale } from './checkScale.js';
import { reservedName } from './reservedName.js';
import type { ItemScale } from './types.js';

/** One group of items sharing a scale (the JSON form read by {@link scaleMap}). */
export interface ScaleGroup {
  /** Item (column) names, or a single name. Names may contain spaces. */
  readonly items: readonly string[] | string;
  /** The scale, e.g. `likert(1, 10)` or its JSON form `{ "min": 1, "max": 10 }`. */
  readonly scale: ItemScale;
}

function buildGroupsSchema() {
  return z.array(z.strictObject({ items: z.union([z.string(), z.array(z.string())]), scale: z.unknown() }));
}
let groupsSchema: ReturnType<typeof buildGroupsSchema> | undefined;

/**
 * Builds the per-item scale record used by the data constructors (`scales` option) from
 * groups of items that share a scale.
 *
 * @remarks
 * Accepts plain JSON (e.g. `examples/data/scales.json`), so it validates its input with zod
 * and checks every scale like {@link likert} does (docs/methodology.md#scales: theoretical bounds,
 * reverse coding `(min + max) − x`, missing codes outside the scale). An item may appear in
 * only one group. Items not listed can get a common scale through the data constructors'
 * `defaultScale` option. The result is a frozen, prototype-free record.
 *
 * @throws CsiError `INVALID_SCALE` listing every malformed group or scale, items given two
 *   scales, and reserved names such as `__proto__`.
 *
 * @example
 * ```ts
 * import { likert, scaleMap, datasetFromCsv } from 'csi-analytics';
 * const scales = scaleMap([
 *   { items: ['CUSA1', 'CUSA2', 'CUSA3'], scale: likert(1, 10, { missingCodes: [99] }) },
 *   { items: 'CUEX3', scale: likert(1, 10, { reverse: true }) },
 * ]);
 * const data = datasetFromCsv(csvText, { scales, defaultScale: likert(1, 10) });
 * ```
 */
export function scaleMap(groups: readonly ScaleGroup[]): Readonly<Record<string, ItemScale>>;
/** Same, from unvalidated JSON (e.g. the parsed content of `scales.json`). */
export function scaleMap(json: unknown): Readonly<Record<string, ItemScale>>;
export function scaleMap(groups: unknown): Readonly<Record<string, ItemScale>> {
  groupsSchema ??= buildGroupsSchema();
  const parsed = zodSafeParse(groupsSchema, groups);
  if (!parsed.success) {
    const zodIssues = (parsed.error.issues as readonly ZodIssueLike[]).map((i) =>
      i.code === 'invalid_union' && i.path[i.path.length - 1] === 'items' ? { ...i, message: 'a name or an array of names' } : i,
    );
    const found = zodToIssues(zodIssues, groups, 'The scale map', 'invalid_scale_map', (path) =>
      path.length === 1 ? ['items', 'scale'] : undefined,
    );
    throw new CsiError('INVALID_SCALE', [
      ...found.map((i) => ({
        ...i,
        message: i.message.endsWith('expected an array.')
          ? `${i.message.slice(0, -1)} of { items: [...names], scale: { min, max, ... } }.`
          : `${i.message.slice(0, -1)} (each group is { items: [...names], scale: { min, max, ... } }).`,
      })),
    ]);
  }
  const issues: CsiIssue[] = [];
  const out = record<ItemScale>();
  const groupOf = record<number>();
  parsed.data.forEach((group, g) => {
    const names = typeof group.items === 'string' ? [group.items] : group.items;
    const where = `Scale of group ${g + 1} (${names.length === 1 ? `item "${names[0] ?? ''}"` : `items "${names[0] ?? ''}" …`})`;
    const { scale, issues: scaleIssues } = checkScale(group.scale, where);
    issues.push(...scaleIssues);
    if (names.length === 0) {
      issues.push({ kind: 'empty_group', message: `Scale group ${g + 1} lists no items.` });
    }
    for (const name of names) {
      if (reservedName(name)) {
        issues.push({
          kind: 'reserved_name',
          item: name,
          message: `Scale group ${g + 1} names the item "${name}", a reserved name that cannot be used for a column; rename the column.`,
        });
        continue;
      }
      const prev = groupOf[name];
      if (prev !== undefined) {
        issues.push({
          kind: 'duplicate_item',
          item: name,
          message: `Item "${name}" is given a scale twice, in groups ${prev + 1} and ${g + 1}.`,
        });
        continue;
      }
      groupOf[name] = g;
      if (scale !== undefined) out[name] = scale;
    }
  });
  if (issues.length > 0) throw new CsiError('INVALID_SCALE', issues);
  return Object.freeze(out);
}
