/**
 * Consistent PLS (PLSc): the Dijkstra–Henseler correction of a Mode A PLS fit. @packageDocumentation
 */
import { CsiError, type CsiWarning } from '../errors.js';
import { choleskyDecompose, choleskySolve } from '../numeric/cholesky.js';
import { luDecompose, luSolve } from '../numeric/luSolve.js';
import { deepFreeze, record } from '../util/record.js';
import { modelEntry } from './runPls.js';
import type { PlsFit } from './types.js';
import { checkFitArg } from '../validate/index.js';

/**
 * ρA of one block from its standardized weights `w` and item correlations (`corr`, row-major
 * `p × p`, block entries at `idx`): `ρA = (wᵀw)² · Σ_{k≠l} w_k w_l s_kl / Σ_{k≠l} (w_k w_l)²`
 * (Dijkstra & Henseler 2015). Also returns `c² = ρA/(wᵀw)²`, the squared loading multiplier.
 * @internal
 */
export function blockRhoA(w: readonly number[], idx: readonly number[], corr: readonly (readonly number[])[]): { rhoA: number; c2: number } {
  let ww = 0;
  let num = 0;
  let den = 0;
  for (let a = 0; a < w.length; a++) {
    const wa = w[a] as number;
    ww += wa * wa;
    for (let b = 0; b < w.length; b++) {
      if (a === b) continue;
      const wb = w[b] as number;
      num += wa * wb * ((corr[idx[a] as number] as readonly number[])[idx[b] as number] as number);
      den += wa * wa * wb * wb;
    }
  }
  const c2 = num / den;
  return { rhoA: ww * ww * c2, c2 };
}

/**
 * Applies consistent PLS (PLSc; Dijkstra & Henseler 2015) to a fitted model: every Mode A
 * construct with two or more items is treated as a common factor and its loadings, its
 * correlations with the other constructs, the path coefficients and R² are corrected for
 * attenuation with ρA. `estimatePls(model, data, { consistent: true })` calls this.
 *
 * @remarks
 * With `w_j` the (unchanged) standardized PLS Mode A weights and `S` the item correlations:
 * `ρA_j = (w_jᵀw_j)² · w_jᵀ(S_jj − diag S_jj)w_j / w_jᵀ(w_jw_jᵀ − diag w_jw_jᵀ)w_j`;
 * consistent loadings `λ_j = ĉ_j w_j` with `ĉ_j² = ρA_j/(w_jᵀw_j)²`; construct correlations
 * `r̃_ij = r_ij/√(ρA_i ρA_j)` (`r_ij` the composite correlations; ρA = 1 for single-item,
 * Mode B and unit-weight constructs, which are not corrected); paths by OLS on `R̃`,
 * `β_j = R̃_PP⁻¹ r̃_Pj`, `R²_j = r̃_Pjᵀ β_j`; effects from these paths. Weights, scores and cross-loadings
 * stay those of the composites. See `docs/methodology.md#plsc`. Matches R seminr 2.3.4
 * (`reflective()` → `PLSc()`) and cSEM 0.6.1 (`.disattenuate = TRUE`) to about 1e-14 on ECSI/mobi.
 *
 * Inadmissible corrections get warnings (the estimates are still returned): ρA > 1 or not
 * finite (`plsc_inadmissible_reliability`), a consistent loading above 1
 * (`plsc_heywood_loading`), a corrected construct correlation beyond ±1
 * (`plsc_inadmissible_correlation`), a corrected correlation matrix of predictors that is not
 * positive definite (`plsc_not_positive_definite`; solved by LU), R² > 1 (`plsc_inadmissible_r_squared`).
 *
 * @param fit - A fit from `estimatePls` / `estimatePlsFromMoments` (not already consistent).
 * @returns A frozen `PlsFit` with the PLSc estimates; `consistent.rhoA` holds the reliabilities.
 * @throws CsiError `INVALID_DATA` for a fit that is already consistent, `SINGULAR` for exactly singular corrected predictors.
 * @example
 * ```ts
 * const plsc = estimatePls(ecsiModel(), mobi, { consistent: true });
 * plsc.pathCoefficients['PERQ->CUSA']; // 0.669… (seminr, cSEM)
 * plsc.consistent?.rhoA['CUSA'];       // 0.789…
 * const same = consistentPls(estimatePls(ecsiModel(), mobi));
 * ```
 */
export function consistentPls(fit: PlsFit): PlsFit {
  checkFitArg(fit, 'consistentPls');
  if (fit.consistent !== undefined) throw new CsiError('INVALID_DATA', 'consistentPls was given a fit that is already consistent (PLSc); pass the composite PLS fit.');
  const { compiled } = modelEntry(fit.model);
  const J = compiled.constructs.length;
  const names = compiled.constructs;
  const itemPos = new Map<string, number>();
  fit.data.items.forEach((it, k) => itemPos.set(it, k));
  const warnings: CsiWarning[] = [...fit.warnings];
  const rho = new Float64Array(J);
  const rhoA = record<number>();
  const loadings = record<Record<string, number>>();
  let admissible = true;
  fit.model.constructs.forEach((c, j) => {
    const w = c.items.map((it) => fit.outerWeights[c.name]?.[it] as number);
    const ld = record<number>();
    if (c.mode === 'A' && c.items.length >= 2) {
      const { rhoA: r, c2 } = blockRhoA(w, c.items.map((it) => itemPos.get(it) as number), fit.data.correlations);
      rho[j] = r;
      const cHat = Math.sqrt(c2);
      c.items.forEach((it, m) => (ld[it] = cHat * (w[m] as number)));
      if (!(r > 0 && r <= 1)) {
        admissible = false;
        warnings.push({ kind: 'plsc_inadmissible_reliability', construct: c.name, message: `PLSc: construct "${c.name}" has ρA = ${String(r)}, outside (0, 1]; its correction is inadmissible (check its items or use it as a composite).` });
      }
      for (const it of c.items) {
        if (Math.abs(ld[it] as number) > 1) {
          admissible = false;
          warnings.push({ kind: 'plsc_heywood_loading', construct: c.name, item: it, message: `PLSc: item "${it}" of construct "${c.name}" has a consistent loading of ${String(ld[it])}, above 1 in absolute value (a Heywood case).` });
        }
      }
    } else {
      rho[j] = 1;
      for (const it of c.items) ld[it] = fit.loadings[c.name]?.[it] as number;
    }
    rhoA[c.name] = rho[j] as number;
    loadings[c.name] = ld;
  });
  const R = new Float64Array(J * J);
  const constructCorrelations = record<Record<string, number>>();
  for (let i = 0; i < J; i++) {
    const row = record<number>();
    for (let k = 0; k < J; k++) {
      const v = i === k ? 1 : (fit.constructCorrelations[names[i] as string]?.[names[k] as string] as number) / Math.sqrt((rho[i] as number) * (rho[k] as number));
      R[i * J + k] = v;
      row[names[k] as string] = v;
      if (i < k && !(Math.abs(v) <= 1)) {
        admissible = false;
        warnings.push({ kind: 'plsc_inadmissible_correlation', construct: names[i] as string, message: `PLSc: the corrected correlation of "${names[i] as string}" and "${names[k] as string}" is ${String(v)}, beyond ±1 (the constructs are not empirically distinct or a reliability is too low).` });
      }
    }
    constructCorrelations[names[i] as string] = row;
  }
  const structural = structuralFromCorrelations(fit, R, warnings);
  if (!structural.admissible) admissible = false;
  return deepFreeze({
    ...fit,
    options: { ...fit.options, consistent: true },
    warnings,
    loadings,
    constructCorrelations,
    ...structural.values,
    consistent: { rhoA, admissible },
  });
}

/** Paths, R², adjusted R² and effects by OLS on the corrected construct correlations. */
function structuralFromCorrelations(fit: PlsFit, R: Float64Array, warnings: CsiWarning[]) {
  const { compiled: c } = modelEntry(fit.model);
  const J = c.constructs.length;
  const names = c.constructs;
  const beta = new Float64Array(J * J);
  const pathCoefficients = record<number>();
  const rSquared = record<number>();
  const rSquaredAdjusted = record<number>();
  let admissible = true;
  for (const j of c.endogenous) {
    const P = c.pred[j] as Int32Array;
    const m = P.length;
    const A = new Float64Array(m * m);
    const b = new Float64Array(m);
    for (let a = 0; a < m; a++) {
      b[a] = R[(P[a] as number) * J + j] as number;
      for (let q = 0; q < m; q++) A[a * m + q] = R[(P[a] as number) * J + (P[q] as number)] as number;
    }
    const L = new Float64Array(m * m);
    const name = names[j] as string;
    const x = new Float64Array(m);
    if (choleskyDecompose(A, m, L) >= 0) {
      admissible = false;
      warnings.push({ kind: 'plsc_not_positive_definite', construct: name, message: `PLSc: the corrected correlation matrix of the predictors of "${name}" is not positive definite; its consistent paths are solved without that guarantee and the correction is inadmissible.` });
      const perm = new Int32Array(m);
      if (luDecompose(A, m, perm) >= 0) {
        throw new CsiError('SINGULAR', [{ kind: 'singular', construct: name, message: `PLSc: the corrected correlation matrix of the predictors of "${name}" is singular; the consistent paths cannot be computed.` }]);
      }
      luSolve(A, m, perm, b, x);
    } else choleskySolve(L, m, b, x);
    let r2 = 0;
    for (let a = 0; a < m; a++) {
      r2 += (x[a] as number) * (b[a] as number);
      beta[(P[a] as number) * J + j] = x[a] as number;
      pathCoefficients[`${names[P[a] as number] as string}->${name}`] = x[a] as number;
    }
    rSquared[name] = r2;
    rSquaredAdjusted[name] = fit.n - m - 1 > 0 ? 1 - ((1 - r2) * (fit.n - 1)) / (fit.n - m - 1) : NaN;
    if (!(r2 <= 1)) {
      admissible = false;
      warnings.push({ kind: 'plsc_inadmissible_r_squared', construct: name, message: `PLSc: R² of "${name}" is ${String(r2)}, above 1; the correction is inadmissible.` });
    }
  }
  // total effects by topological order: T[i][j] = Σ_{k∈pred(j)} (δ_ik + T[i][k]) β_kj
  const T = new Float64Array(J * J);
  for (const j of c.topo) {
    for (let i = 0; i < J; i++) {
      let acc = 0;
      for (const k of c.pred[j] as Int32Array) acc += ((k === i ? 1 : 0) + (T[i * J + k] as number)) * (beta[k * J + j] as number);
      T[i * J + j] = acc;
    }
  }
  const directEffects = record<number>();
  const indirectEffects = record<number>();
  const totalEffects = record<number>();
  c.effectKeys.forEach((key, e) => {
    const i = c.effectFrom[e] as number;
    const j = c.effectTo[e] as number;
    directEffects[key] = beta[i * J + j] as number;
    totalEffects[key] = T[i * J + j] as number;
    indirectEffects[key] = (T[i * J + j] as number) - (beta[i * J + j] as number);
  });
  return { admissible, values: { pathCoefficients, rSquared, rSquaredAdjusted, directEffects, indirectEffects, totalEffects } };
}
