// A manual page as data, and the small text format the pages are kept in (pages_*.ts):
//
//   @ NAME SECTION PACKAGE        starts a page
//   % SOURCE | DATE [| TITLE [| HEADER]]  the footer's left and middle parts (instead of PACKAGE's),
//                                 the header's title as the real page's .TH has it (ADDUSER for
//                                 addgroup; empty: the name in capitals) and its middle part
//                                 (empty: the section's usual name)
//   summary                       the NAME line's text (what apropos searches)
//   synopsis || another synopsis
//   : description text            (several lines join into a paragraph; ":" alone breaks one)
//   -a, --all | what it does      an option
//   $ command | what it does      an example

export interface ManPage {
  name: string;
  section: string;
  summary: string;
  synopsis: string[];
  description: string;
  options: [string, string][];
  examples: [string, string][];
  seeAlso?: string[];
  source: string;
  date: string;
  /** The header's title when it is not the name in capitals (the page another name shares). */
  title?: string;
  /** The header's middle part when it is not the section's usual name ("General Commands Manual"). */
  header?: string;
}

/** The footer's left and middle parts per package, as the real pages have them. */
const PACKAGES: Record<string, [string, string]> = {
  coreutils: ["GNU coreutils 9.1", "September 2022"],
  procps: ["procps-ng", "2023-08-19"],
  "util-linux": ["util-linux 2.38.1", "2022-08-04"],
  findutils: ["", "2022-01-01"],
  grep: ["GNU grep 3.8", "2019-12-29"],
  sed: ["GNU sed 4.9", "November 2022"],
  bash: ["GNU Bash 5.2", "2022 September 19"],
  nano: ["version 7.2", "2023-01-18"],
  vim: ["", "2021 June 13"],
  less: ["Version 590", "03 Jun 2021"],
  "man-db": ["2.11.2", "2023-01-17"],
  shadow: ["shadow-utils 4.13", "2023-04-10"],
  sudo: ["Sudo 1.9.13p3", "January 16, 2023"],
  iproute2: ["iproute2", "20 Dec 2011"],
  docker: ["Docker Community", "Jan 2024"],
  vlab: ["vlab", "2024"],
};

export function parsePages(text: string): ManPage[] {
  const pages: ManPage[] = [];
  let cur: ManPage | null = null;
  let header = 0;
  let desc: string[] = [];
  const finish = () => {
    if (cur) cur.description = desc.join(" ").replace(/ ?\n ?/g, "\n");
  };
  for (const raw of text.split("\n")) {
    const line = raw.trimEnd();
    if (line.startsWith("@ ")) {
      finish();
      const [name = "", section = "1", pkg = "vlab"] = line.slice(2).split(/\s+/);
      const [source, date] = PACKAGES[pkg] ?? PACKAGES.vlab!;
      cur = { name, section, summary: "", synopsis: [], description: "", options: [], examples: [], source, date };
      pages.push(cur);
      header = 2;
      desc = [];
      continue;
    }
    if (!cur || line === "") continue;
    if (header === 2 && line.startsWith("% ")) {
      const [source = "", date = "", title = "", header = ""] = line.slice(2).split("|").map((x) => x.trim());
      cur.source = source;
      cur.date = date;
      if (title) cur.title = title;
      if (header) cur.header = header;
    } else if (header === 2) {
      cur.summary = line;
      header = 1;
    } else if (header === 1) {
      cur.synopsis = line.split(" || ");
      header = 0;
    } else if (line === ":") desc.push("\n");
    else if (line.startsWith(": ")) desc.push(line.slice(2));
    else if (line.startsWith("$ ")) {
      // The last " | " separates the text (a command may have pipes of its own).
      const at = line.lastIndexOf(" | ");
      cur.examples.push(at < 0 ? [line.slice(2), ""] : [line.slice(2, at), line.slice(at + 3)]);
    } else if (line.startsWith("-") || line.startsWith("+")) {
      const at = line.indexOf(" | ");
      cur.options.push(at < 0 ? [line, ""] : [line.slice(0, at), line.slice(at + 3)]);
    } else if (line.startsWith("see ")) cur.seeAlso = line.slice(4).split(/,\s*/);
  }
  finish();
  return pages;
}
