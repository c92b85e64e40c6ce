/**
 * `inPart(part, f)`: an error of one part of {@link analyzeSurvey} names its configuration key. @internal @packageDocumentation
 */
import { prefixIssues } from '../validate/index.js';

/** Runs `f` and prefixes the messages of a `CsiError` with the configuration key. @internal */
export function inPart<T>(part: string, f: () => T): T {
  return prefixIssues(`analyzeSurvey "${part}": `, f);
}
