// A page laid out as man-db's groff -Tutf8 -man lays it out: the header "LS(1)   User
// Commands   LS(1)", section headings in bold at column 0, text at column 7, option tags at 7
// with their text at 14, the footer with the source and date. Bold is written as overstrike
// ("X\bX") for the pager, as grotty does; `plain` drops it (man's output into a pipe).
// Text is filled and adjusted to the width as groff does, but never hyphenated (groff may break\n// a long word with a hyphen, so line breaks can differ from the real page's).

import type { ManPage } from "./page.ts";

function bold(s: string): string {
  return [...s].map((c) => (c === " " ? c : c + "\b" + c)).join("");
}

/**
 * Spread a filled line to exactly width columns, as groff adjusts (.ad b): the extra spaces go
 * one per gap, from the left on one line and from the right on the next.
 */
function adjust(words: string[], room: number, fromLeft: boolean): string {
  const gaps = words.length - 1;
  if (gaps <= 0) return words.join(" ");
  const extra = room - words.reduce((n, w) => n + w.length, 0) - gaps;
  const each = Math.floor(extra / gaps);
  const more = extra - each * gaps;
  let s = words[0]!;
  for (let i = 1; i <= gaps; i++) {
    const gets = fromLeft ? i <= more : i > gaps - more;
    s += " ".repeat(1 + each + (gets ? 1 : 0)) + words[i];
  }
  return s;
}

/** Fill words into lines of at most width columns, each prefixed by indent spaces; justify adjusts all but a paragraph's last line. */
function fill(text: string, indent: number, width: number, justify = false): string[] {
  const out: string[] = [];
  const pad = " ".repeat(indent);
  for (const para of text.split("\n")) {
    if (para.startsWith(" ")) {
      out.push(pad + para.slice(1));
      continue;
    }
    let line: string[] = [];
    let len = 0;
    let fromLeft = true;
    for (const w of para.split(/\s+/).filter(Boolean)) {
      if (line.length && indent + len + 1 + w.length > width) {
        out.push(pad + (justify ? adjust(line, width - indent, fromLeft) : line.join(" ")));
        fromLeft = !fromLeft;
        line = [w];
        len = w.length;
      } else {
        len += (line.length ? 1 : 0) + w.length;
        line.push(w);
      }
    }
    out.push(pad + line.join(" "));
  }
  return out;
}

function centre(left: string, mid: string, right: string, width: number): string {
  const midAt = Math.max(left.length + 1, Math.ceil((width - mid.length) / 2));
  let s = left.padEnd(midAt) + mid;
  s = s.padEnd(Math.max(s.length + 1, width - right.length)) + right;
  return s;
}

const SECTION_TITLE: Record<string, string> = { "1": "User Commands", "8": "System Administration", "5": "File Formats", "7": "Miscellaneous" };

export function renderPage(p: ManPage, width: number, plain: boolean): string[] {
  const B = plain ? (s: string) => s : bold;
  const title = `${p.title ?? p.name.toUpperCase()}(${p.section})`;
  const out: string[] = [centre(title, p.header ?? SECTION_TITLE[p.section] ?? "", title, width), ""];
  const heading = (h: string) => out.push(B(h));
  heading("NAME");
  out.push(...fill(`${p.name} - ${p.summary}`, 7, width), "");
  heading("SYNOPSIS");
  for (const s of p.synopsis) out.push(...fill(s, 7, width));
  out.push("");
  heading("DESCRIPTION");
  out.push(...fill(p.description, 7, width, true), "");
  if (p.options.length) {
    // help2man's pages (GNU coreutils) list the options inside DESCRIPTION.
    if (!p.source.startsWith("GNU coreutils")) heading("OPTIONS");
    for (const [tag, text] of p.options) {
      // groff's .TP puts the text on the tag's line when the tag leaves a space before column 14.
      if (tag.length < 7) {
        const body = fill(text, 14, width, true);
        out.push("       " + B(tag) + " ".repeat(7 - tag.length) + (body[0] ?? "").trimStart(), ...body.slice(1));
      } else {
        out.push("       " + B(tag), ...fill(text, 14, width, true));
      }
      out.push("");
    }
  }
  if (p.examples.length) {
    heading("EXAMPLES");
    for (const [cmd, text] of p.examples) out.push("       " + B(cmd), ...(text ? fill(text, 14, width, true) : []), "");
  }
  if (p.seeAlso?.length) {
    heading("SEE ALSO");
    out.push(...fill(p.seeAlso.join(", "), 7, width), "");
  }
  out.push(centre(p.source, p.date, title, width));
  return out;
}
