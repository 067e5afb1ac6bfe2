import { runSlaEval } from './run-sla-eval';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run -s sla:eval -- FILE.json...');
  process.exitCode = 2;
} else {
  const { lines, failed } = runSlaEval(files);
  for (const line of lines) console.log(line);
  if (failed) process.exitCode = 1;
}
