// The shift badges of the matrix: the shifts core found (the `shifts`
// command, with the Over time screen's period and minimum) filed under their cell, and the words a
// badge's tooltip and accessible name use.

import type { Shift } from '../lib/bindings';
import { targetKey } from '../lib/model';

/** Shifts by cell key (`${holder_id}|${kind}:${target_id}`, as the grid keys cells), in time order. */
export function shiftsByCell(shifts: Shift[]): Map<string, Shift[]> {
  const byCell = new Map<string, Shift[]>();
  for (const s of shifts) {
    const key = `${s.holder.id}|${targetKey(s.target.kind, s.target.id)}`;
    const list = byCell.get(key);
    if (list) list.push(s);
    else byCell.set(key, [s]);
  }
  for (const list of byCell.values()) list.sort((a, b) => a.after.start.localeCompare(b.after.start));
  return byCell;
}

/** "shifted support → oppose between 2004-10 and 2004-12", one line per shift. */
export function shiftSummary(shifts: Shift[]): string {
  return shifts.map((s) => `shifted ${s.from} → ${s.to} between ${s.before.label} and ${s.after.label}`).join('\n');
}
