import { describe, expect, it } from "vitest";
import { PROGRAMS } from "../programs.ts";
import { parsePages } from "./page.ts";
import { ALL_PAGES_TEXT } from "./pages.ts";
import { renderPage } from "./render.ts";

/** Programs Debian 12 has no page for either (`man -w NAME` says "No manual entry"). */
const NO_PAGE_ON_DEBIAN = new Set([
  "vim.tiny", // vim-tiny ships no vim.tiny.1; `man vi` shows vim(1)
]);

const pages = parsePages(ALL_PAGES_TEXT);

describe("manual pages", () => {
  it("every program we ship has a page", () => {
    const have = new Set(pages.map((p) => p.name));
    const missing = Object.keys(PROGRAMS).filter((n) => !have.has(n) && !NO_PAGE_ON_DEBIAN.has(n));
    expect(missing).toEqual([]);
  });

  it("each page has a NAME line, a synopsis and a description", () => {
    for (const p of pages) {
      expect(p.summary, p.name).not.toBe("");
      expect(p.synopsis.length, p.name).toBeGreaterThan(0);
      expect(p.description.trim(), p.name).not.toBe("");
    }
  });

  it("a page's footer comes from its % line", () => {
    const p = pages.find((x) => x.name === "setsid")!;
    const lines = renderPage(p, 78, true);
    expect(lines[0]).toBe("SETSID(1)                        User Commands                       SETSID(1)");
    expect(lines.at(-1)).toBe("util-linux 2.38.1                 2022-05-11                         SETSID(1)");
  });

  it("a tag of six columns keeps its text on the same line, as groff's .TP does", () => {
    const p = pages.find((x) => x.name === "b2sum")!;
    expect(renderPage(p, 78, true)).toContain("       --tag  create a BSD-style checksum");
  });
});

describe("a name that shares another's page", () => {
  it("shows that page's title, as man addgroup shows ADDUSER(8)", () => {
    const p = pages.find((x) => x.name === "addgroup")!;
    const lines = renderPage(p, 78, true);
    expect(lines[0]!.startsWith("ADDUSER(8) ")).toBe(true);
    expect(lines.at(-1)).toMatch(/^Debian GNU\/Linux +ADDUSER\(8\)$/);
  });
});
