/** Console output for the CLI — the only place in the project that prints. @internal */
export interface Out {
  line(text?: string): void;
  err(text: string): void;
  json(value: unknown): void;
}

export const stdout: Out = {
  line: (text = '') => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  json: (value) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
};
