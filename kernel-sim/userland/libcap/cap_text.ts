// cap_to_text(3) and cap_iab_to_text(3) as libcap 2.66 writes them (libcap/cap_text.c).

import { CAP_NAMES, hasCap, type CapSets } from "./cap_names.ts";

// libcap's flag bits for one capability: which of the E, P, I sets hold it.
const EFF = 1;
const PER = 2;
const INH = 4;

function flagLetters(f: number): string {
  return (f & EFF ? "e" : "") + (f & INH ? "i" : "") + (f & PER ? "p" : "");
}

/**
 * cap_to_text: "=" plus the most common flag combination over all named capabilities, then for
 * every other combination (highest first) its capabilities and the flags raised (+) or lowered
 * (-) against that base. A base of plain "=" is folded into the first clause: "cap_x=eip".
 */
export function capToText(c: CapSets): string {
  const n = CAP_NAMES.length;
  const state = new Array<number>(n);
  const histo = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const f = (hasCap(c.eff, i) ? EFF : 0) | (hasCap(c.prm, i) ? PER : 0) | (hasCap(c.inh, i) ? INH : 0);
    state[i] = f;
    histo[f]!++;
  }
  // Ties go to the lower combination, as libcap's "while (t--) if (histo[t] >= histo[m])".
  let m = 7;
  for (let t = 6; t >= 0; t--) if (histo[t]! >= histo[m]!) m = t;
  let text = "=" + flagLetters(m);
  let foldBase = m === 0;
  for (let t = 7; t >= 0; t--) {
    if (t === m || histo[t] === 0) continue;
    const names: string[] = [];
    for (let i = 0; i < n; i++) if (state[i] === t) names.push(CAP_NAMES[i]!);
    let clause = names.join(",");
    const raised = t & ~m;
    const lowered = ~t & m;
    if (raised) {
      if (foldBase) {
        text = "";
        clause = clause + "=" + flagLetters(raised);
        foldBase = false;
      } else clause += "+" + flagLetters(raised);
    }
    if (lowered) clause += "-" + flagLetters(lowered);
    text += text === "" ? clause : " " + clause;
  }
  return text;
}

/**
 * cap_iab_to_text: every capability that is inheritable (bare name), ambient (^), off the
 * bounding set (!), or inheritable and off the bounding set (%, libcap's shorthand - not checked
 * against the real tool, which would need CAP_SETPCAP games this host refuses).
 */
export function iabToText(c: CapSets): string {
  const parts: string[] = [];
  for (let i = 0; i < CAP_NAMES.length; i++) {
    const nb = !hasCap(c.bnd, i);
    const amb = hasCap(c.amb, i);
    const inh = hasCap(c.inh, i);
    if (!nb && !amb && !inh) continue;
    const prefix = amb ? (nb ? "!^" : "^") : nb ? (inh ? "%" : "!") : "";
    parts.push(prefix + CAP_NAMES[i]!);
  }
  return parts.join(",");
}
