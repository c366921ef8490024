// Whether the guidance panel is open: one choice for every step, remembered between sessions.
const KEY = "boussole.guidance.open";

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === "1";
  } catch {
    return false;
  }
}

export const guidance = $state({ open: stored() });

/** Opens or closes the guidance of every step, and remembers it. */
export function setGuidanceOpen(open: boolean): void {
  guidance.open = open;
  try {
    localStorage.setItem(KEY, open ? "1" : "0");
  } catch {
    // Storage may be unavailable; the choice then lasts for this session only.
  }
}
