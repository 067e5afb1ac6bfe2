import { readFileSync } from 'node:fs';
import { evaluateFile } from './evaluate-file';
import { parseEvaluationFile } from './evaluation-file';

export interface SlaEvalRun {
  /** One JSON document per file, in order. */
  readonly lines: readonly string[];
  readonly failed: boolean;
}

/** Evaluates each file independently: a bad file yields an error line and the others still run. */
export function runSlaEval(files: readonly string[], readText: (file: string) => string = (file) => readFileSync(file, 'utf8')): SlaEvalRun {
  let failed = false;
  const lines = files.map((file) => {
    try {
      return JSON.stringify(evaluateFile(parseEvaluationFile(readFile(file, readText))));
    } catch (error) {
      failed = true;
      return JSON.stringify({ error: `${file}: ${(error as Error).message}` });
    }
  });
  return { lines, failed };
}

function readFile(file: string, readText: (file: string) => string): string {
  try {
    return readText(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read the file${code === undefined ? '' : ` (${code})`}`);
  }
}
