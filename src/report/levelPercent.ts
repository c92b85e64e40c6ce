/**
 * A confidence level as a percentage label: 0.95 → "95", 0.975 → "97.5" (never rounded to a
 * different level). @internal
 */
export function levelPercent(level: number): string {
  return String(Number((level * 100).toFixed(6)));
}
