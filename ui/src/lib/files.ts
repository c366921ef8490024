// Names of the files the owner saves and picks: suggested names built from the company, and
// the name shown for a path.

/** A file name stem from the company's letters and digits, an optional word, and the year. */
export function fileStem(companyName: string, year: number, word?: string): string {
  const safe = companyName.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "plan";
  return [safe, word, year].filter((part) => part !== undefined).join("-");
}

/** The last part of a path, as a file manager shows it. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
