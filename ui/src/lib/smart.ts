// The live SMART marks of an objective as the owner types (before any save): Specific (a title
// and a metric), Measurable (a target) and Dated (a deadline). A display aid; the checklist's
// rules on objectives are the core's.

const filled = (text: string) => text.trim() !== "";

/** Whether an objective is Specific, Measurable and Dated, as typed. */
export function smart(o: { title: string; metric: string; target: number | null; deadline: string | null }) {
  return { specific: filled(o.title) && filled(o.metric), measurable: o.target !== null, dated: o.deadline !== null };
}
