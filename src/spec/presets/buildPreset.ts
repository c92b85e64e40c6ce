import { CsiError, type CsiIssue } from '../../errors.js';
import { nearest } from '../../util/record.js';
import { arrayRule, checkOptions, objectRule, stringRule, type OptionSpec } from '../../validate/index.js';
import { composite } from '../composite.js';
import type { PathJson } from '../modelSchema.js';
import { specifyModel } from '../specifyModel.js';
import type { ModelSpec } from '../types.js';
import type { PresetItems, PresetOptions } from './presetOptions.js';

/** One construct of a preset. @internal */
export interface PresetConstruct<R extends string> {
  readonly role: R;
  readonly name: string;
  readonly label: string;
}

/** A preset's definition: constructs in causal order and paths between roles. @internal */
export interface PresetDefinition<R extends string> {
  readonly preset: string;
  readonly constructs: readonly PresetConstruct<R>[];
  readonly paths: readonly { readonly from: R; readonly to: R; readonly expectedSign: '+' | '-' | '±' }[];
}

const PRESET_OPTION_SPEC: OptionSpec = {
  name: stringRule('a model name such as "ACSI"'),
  names: objectRule('a record { role: construct name }'),
  labels: objectRule('a record { role: label }'),
  modes: objectRule('a record { role: "A" | "B" | "unit" }'),
  drop: arrayRule('an array of roles such as ["complaints"]'),
  paths: arrayRule('an array of paths { from, to }'),
};

function ownKeys(obj: unknown): string[] {
  return obj !== null && typeof obj === 'object' ? Object.keys(obj) : [];
}

function ownValue(obj: unknown, key: string): unknown {
  return obj !== null && typeof obj === 'object' && Object.prototype.hasOwnProperty.call(obj, key)
    ? (obj as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Builds and validates a preset model from the user's item mapping; all problems with the
 * mapping (missing role, unknown role, items for a dropped role) are reported together.
 *
 * @example
 * ```ts
 * buildPreset(acsiDefinition, items, options);
 * ```
 * @internal
 */
export function buildPreset<R extends string>(
  def: PresetDefinition<R>,
  itemMap: PresetItems<R> | undefined,
  rawOptions: PresetOptions<R> | undefined,
): ModelSpec {
  const options = checkOptions(rawOptions, PRESET_OPTION_SPEC, `${def.preset.toLowerCase()}Model`);
  const roles = def.constructs.map((c) => c.role as string);
  const issues: CsiIssue[] = [];
  const p = def.preset;
  const unknownRole = (where: string, key: string): void => {
    const hint = nearest(key, roles);
    issues.push({
      kind: 'unknown_role',
      message:
        `${p} preset: ${where} names unknown role "${key}".` +
        (hint !== undefined ? ` Did you mean "${hint}"?` : ` Roles: ${roles.join(', ')}.`),
    });
  };
  if (itemMap === null || typeof itemMap !== 'object' || Array.isArray(itemMap)) {
    throw new CsiError('INVALID_SPEC', [
      {
        kind: 'invalid_shape',
        message: `${p} preset: expected an object mapping roles (${roles.join(', ')}) to item names.`,
      },
    ]);
  }
  for (const key of ownKeys(itemMap)) if (!roles.includes(key)) unknownRole('the item mapping', key);
  for (const [where, obj] of [
    ['options.names', options.names],
    ['options.labels', options.labels],
    ['options.modes', options.modes],
  ] as const) {
    for (const key of ownKeys(obj)) if (!roles.includes(key)) unknownRole(where, key);
  }
  const drop = new Set<string>(options.drop ?? []);
  for (const role of drop) if (!roles.includes(role)) unknownRole('options.drop', role);

  const constructs = [];
  const nameOf = new Map<string, string>();
  for (const c of def.constructs) {
    const name = (ownValue(options.names, c.role) as string | undefined) ?? c.name;
    const raw = ownValue(itemMap, c.role);
    const list = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? (raw as readonly string[]) : [];
    if (drop.has(c.role)) {
      if (list.length > 0) {
        issues.push({
          kind: 'dropped_role_with_items',
          message: `${p} preset: role "${c.role}" (construct "${name}") is dropped, but items were given for it; remove them or keep the role.`,
          construct: name,
        });
      }
      continue;
    }
    if (raw !== undefined && typeof raw !== 'string' && !Array.isArray(raw)) {
      issues.push({
        kind: 'invalid_shape',
        message: `${p} preset: items for role "${c.role}" (construct "${name}") must be an array of item names.`,
        construct: name,
      });
      continue;
    }
    if (list.length === 0) {
      issues.push({
        kind: 'missing_role',
        message: `${p} preset: no items given for role "${c.role}" (construct "${name}"). Map at least one questionnaire item to it, or pass { drop: ['${c.role}'] } to leave the construct and its paths out.`,
        construct: name,
      });
      continue;
    }
    nameOf.set(c.role, name);
    const mode = ownValue(options.modes, c.role) as 'A' | 'B' | 'unit' | undefined;
    const label = (ownValue(options.labels, c.role) as string | undefined) ?? c.label;
    constructs.push(composite(name, list, { ...(mode !== undefined ? { mode } : {}), label, role: c.role }));
  }
  if (issues.length > 0) throw new CsiError('INVALID_SPEC', issues);

  const pathList: PathJson[] =
    options.paths !== undefined
      ? [...options.paths]
      : def.paths
          .filter((q) => nameOf.has(q.from) && nameOf.has(q.to))
          .map((q) => ({ from: nameOf.get(q.from) as string, to: nameOf.get(q.to) as string, expectedSign: q.expectedSign }));
  return specifyModel({ name: options.name ?? p, constructs, paths: pathList });
}
