// Brace expansion (bash(1) "Brace Expansion"): a{b,c}d -> abd acd, {1..5}, {a..e}, {01..10..2}.
// Done first, on the word's unquoted text only: quoted braces and the insides of $x / $( ) are
// opaque items that are copied, never looked into.

import type { Word, WordPart } from "../ast.ts";

type Item = string | WordPart; // a one-character string is active unquoted text

/** Does the word have an unquoted "{" at all (the cheap test before the real work)? */
export function mayBrace(w: Word): boolean {
  for (const p of w.parts) if (p.type === "lit" && p.value.includes("{")) return true;
  return false;
}

export function braceExpand(w: Word): Word[] {
  const items: Item[] = [];
  for (const p of w.parts) {
    if (p.type === "lit") for (const ch of p.value) items.push(ch);
    else items.push(p);
  }
  const out = expandItems(items, 0);
  if (out.length === 1) return [w];
  return out.map((its) => toWord(its, w.text));
}

function toWord(items: Item[], text: string): Word {
  const parts: WordPart[] = [];
  let buf = "";
  for (const it of items) {
    if (typeof it === "string") buf += it;
    else {
      if (buf) parts.push({ type: "lit", value: buf });
      buf = "";
      parts.push(it);
    }
  }
  if (buf) parts.push({ type: "lit", value: buf });
  return { parts, text };
}

function expandItems(items: Item[], depth: number): Item[][] {
  if (depth > 20) return [items];
  // find the first "{" that has a matching "}" with a top-level comma or a valid sequence
  for (let i = 0; i < items.length; i++) {
    if (items[i] !== "{") continue;
    if (i > 0 && items[i - 1] === "$") continue; // ${ is not a brace expansion
    let d = 0;
    const commas: number[] = [];
    let close = -1;
    for (let j = i + 1; j < items.length; j++) {
      const c = items[j];
      if (c === "{") d++;
      else if (c === "}") {
        if (d === 0) {
          close = j;
          break;
        }
        d--;
      } else if (c === "," && d === 0) commas.push(j);
    }
    if (close < 0) return [items];
    const pre = items.slice(0, i);
    const post = items.slice(close + 1);
    let alts: Item[][] | null = null;
    if (commas.length > 0) {
      alts = [];
      let s = i + 1;
      for (const c of [...commas, close]) {
        alts.push(items.slice(s, c));
        s = c + 1;
      }
    } else {
      const inner = items.slice(i + 1, close);
      if (inner.every((x) => typeof x === "string")) alts = sequence((inner as string[]).join(""));
    }
    if (alts === null) {
      // not an expansion: keep "{...}" and look further right
      const rest = expandItems(items.slice(i + 1), depth + 1);
      return rest.map((r) => [...items.slice(0, i + 1), ...r]);
    }
    const out: Item[][] = [];
    const posts = expandItems(post, depth + 1);
    for (const a of alts) for (const ea of expandItems(a, depth + 1)) for (const p of posts) out.push([...pre, ...ea, ...p]);
    return out;
  }
  return [items];
}

/** {1..10} {a..e} {10..1..3} {01..10}: the items of a sequence expression, or null. */
function sequence(s: string): Item[][] | null {
  const m = /^(-?[0-9]+|[A-Za-z])\.\.(-?[0-9]+|[A-Za-z])(?:\.\.(-?[0-9]+))?$/.exec(s);
  if (!m) return null;
  const [, a, b, stepText] = m as unknown as [string, string, string, string | undefined];
  let step = stepText ? Math.abs(Number(stepText)) : 1;
  if (step === 0) step = 1;
  const out: Item[][] = [];
  const numeric = /^-?[0-9]+$/.test(a) && /^-?[0-9]+$/.test(b);
  if (numeric) {
    const x = Number(a);
    const y = Number(b);
    const width = (a.replace("-", "").startsWith("0") && a.length > 1) || (b.replace("-", "").startsWith("0") && b.length > 1) ? Math.max(a.length, b.length) : 0;
    const dir = x <= y ? 1 : -1;
    for (let v = x; dir > 0 ? v <= y : v >= y; v += dir * step) {
      let t = String(Math.abs(v)).padStart(v < 0 ? width - 1 : width, "0");
      if (v < 0) t = "-" + t;
      out.push([...t]);
      if (out.length > 100000) break;
    }
    return out;
  }
  if (/^[0-9-]/.test(a) || /^[0-9-]/.test(b)) return null;
  const x = a.charCodeAt(0);
  const y = b.charCodeAt(0);
  const dir = x <= y ? 1 : -1;
  for (let v = x; dir > 0 ? v <= y : v >= y; v += dir * step) out.push([String.fromCharCode(v)]);
  return out;
}
