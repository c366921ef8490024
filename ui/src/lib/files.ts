// Names of the files the owner picks: the name shown for a path. Suggested names come from the
// core (`PlanSummary.fileStem`), which names the files it writes by the same rule.

/** The last part of a path, as a file manager shows it. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
