/** Readable summaries of results (REPL, notebooks, logs). @packageDocumentation */
export { formatSummary, type SummarizableResult } from './formatSummary.js';
