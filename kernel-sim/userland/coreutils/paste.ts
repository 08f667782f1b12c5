// paste(1): lines of the files side by side (-d delimiters cycled), or each file on one
// line with -s. "-" may be given several times: each takes the next line of stdin.

import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { slurp, splitLines } from "./textfiles.ts";
import { expandEscapes } from "./printf_format.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "d:sz", [
    { name: "delimiters", has: 1, key: "d" },
    { name: "serial", has: 0, key: "s" },
    { name: "zero-terminated", has: 0, key: "z" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: paste [OPTION]... [FILE]...\nWrite lines consisting of the sequentially corresponding lines from\neach FILE, separated by TABs, to standard output.\n", "David M. Ihnat and David MacKenzie");
  if (hv !== null) return hv;
  const dArg = parsed.opts.find((o) => o.key === "d")?.arg;
  const delims = dArg === undefined ? ["\t"] : Array.from(expandEscapes(dArg.replace(/\\0/g, "\0"), false)[0]).map((c) => (c === "\0" ? "" : c));
  if (delims.length === 0) delims.push("");
  const serial = parsed.opts.some((o) => o.key === "s");
  const files = parsed.operands.length ? parsed.operands : ["-"];
  const contents: string[][] = [];
  let stdinLines: string[] | null = null;
  const dashes = files.filter((f) => f === "-").length;
  let status = 0;
  for (const f of files) {
    if (f === "-") {
      if (stdinLines === null) {
        const t = await slurp(p, "-");
        stdinLines = splitLines(t ?? "");
      }
      contents.push([]);
      continue;
    }
    const t = await slurp(p, f);
    if (t === null) {
      status = 1;
      return status;
    }
    contents.push(splitLines(t));
  }
  // Distribute stdin lines round-robin over the "-" operands.
  if (stdinLines && dashes > 0) {
    const idx = files.map((f, i) => (f === "-" ? i : -1)).filter((i) => i >= 0);
    stdinLines.forEach((l, k) => contents[idx[k % dashes]!]!.push(l));
  }
  let out = "";
  if (serial) {
    for (const lines of contents) {
      out += lines.map((l, i) => (i > 0 ? delims[(i - 1) % delims.length] : "") + l).join("") + "\n";
    }
  } else {
    const n = Math.max(0, ...contents.map((c) => c.length));
    for (let r = 0; r < n; r++) {
      let line = "";
      contents.forEach((c, i) => {
        if (i > 0) line += delims[(i - 1) % delims.length];
        line += c[r] ?? "";
      });
      out += line + "\n";
    }
  }
  await p.out.write(out);
  return status;
});
