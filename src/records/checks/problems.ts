/** One thing wrong with the data, named precisely enough to fix without searching. */
export interface Problem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file} › ${p.record} › ${p.field}: ${p.message}`;
}
