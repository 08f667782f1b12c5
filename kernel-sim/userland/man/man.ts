// man(1), apropos(1) and whatis(1) as man-db has them, over the pages in pages.ts: the
// page laid out for the terminal's width and shown through the pager (plain text into a
// pipe), "No manual entry for X" (status 16), `man -k` / apropos searching names and
// descriptions, `man -f` / whatis the NAME lines.

import type { Proc } from "../lib/main.ts";
import { program } from "../lib/main.ts";
import { isatty } from "../lib/stdio.ts";
import { winsize } from "../lib/readline/term.ts";
import { page } from "../pager/less.ts";
import { parsePages, type ManPage } from "./page.ts";
import { ALL_PAGES_TEXT } from "./pages.ts";
import { renderPage } from "./render.ts";

let pages: ManPage[] | null = null;
function allPages(): ManPage[] {
  return (pages ??= parsePages(ALL_PAGES_TEXT));
}

function line(p: ManPage): string {
  return `${`${p.name} (${p.section})`.padEnd(20)} - ${p.summary}`;
}

async function apropos(p: Proc, words: string[], exact: boolean): Promise<number> {
  if (words.length === 0) {
    await p.err.write(`${p.name}: what?\n`);
    return 1;
  }
  let status = 0;
  const seen = new Set<ManPage>();
  for (const w of words) {
    let re: RegExp;
    try {
      re = exact ? new RegExp(`^${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "i") : new RegExp(w, "i");
    } catch {
      re = new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
    }
    const hits = allPages().filter((pg) => re.test(pg.name) || (!exact && re.test(pg.summary)));
    if (hits.length === 0) {
      await p.err.write(`${w}: nothing appropriate.\n`);
      status = 16;
    }
    for (const h of hits) seen.add(h);
  }
  for (const h of [...seen].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) await p.out.write(line(h) + "\n");
  return status;
}

async function whatis(p: Proc, names: string[]): Promise<number> {
  let status = 0;
  for (const n of names) {
    const hits = allPages().filter((pg) => pg.name === n);
    if (hits.length === 0) {
      await p.err.write(`${n}: nothing appropriate.\n`);
      status = 16;
    }
    for (const h of hits) await p.out.write(line(h) + "\n");
  }
  return status;
}

export const manMain = program(async (p) => {
  const args = p.argv.slice(1);
  if (p.name === "apropos") return apropos(p, args.filter((a) => !a.startsWith("-")), args.includes("-e") || args.includes("--exact"));
  if (p.name === "whatis") return whatis(p, args.filter((a) => !a.startsWith("-")));
  if (args[0] === "-k" || args[0] === "--apropos") return apropos(p, args.slice(1), false);
  if (args[0] === "-f" || args[0] === "--whatis") return whatis(p, args.slice(1));
  const names = args.filter((a) => !a.startsWith("-"));
  let section: string | null = null;
  if (names.length > 1 && /^[1-9]$/.test(names[0]!)) section = names.shift()!;
  if (names.length === 0) {
    await p.err.write("What manual page do you want?\nFor example, try 'man man'.\n");
    return 1;
  }
  const tty = isatty(p.sys, 1);
  const manwidth = Number(p.getenv("MANWIDTH") ?? "");
  // man-db formats to the terminal's width (at most 80) less a two-column right margin.
  const width = (manwidth > 0 ? manwidth : tty ? Math.min(80, winsize(p.sys, 1).cols) : 80) - 2;
  let status = 0;
  for (const n of names) {
    const pg = allPages().find((x) => x.name === n && (section === null || x.section === section));
    if (!pg) {
      await p.err.write(section ? `No manual entry for ${n} in section ${section}\n` : `No manual entry for ${n}\n`);
      status = 16;
      continue;
    }
    const lines = renderPage(pg, width, !tty);
    if (!tty) {
      for (const l of lines) await p.out.write(l + "\n");
      continue;
    }
    await page(p, [{ name: pg.name, lines }], {
      prompt: (top, total, atEnd) => ` Manual page ${pg.name}(${pg.section}) line ${top + 1}${atEnd ? `/${total} (END)` : ""} (press h for help or q to quit)`,
    });
  }
  return status;
});
