// dirname(1): the name with its last component removed; "." when there is no slash.

import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";

export function dirname(name: string): string {
  let s = name.replace(/\/+$/, "");
  if (s === "") return name.startsWith("/") ? "/" : ".";
  const i = s.lastIndexOf("/");
  if (i < 0) return ".";
  s = s.slice(0, i).replace(/\/+$/, "");
  // Linux has no distinct "//" root (DOUBLE_SLASH_IS_DISTINCT_ROOT is 0): `dirname //x` is "/".
  return s === "" ? "/" : s;
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "z", [{ name: "zero", has: 0, key: "z" }, ...STD_LONGOPTS]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: dirname [OPTION] NAME...\n", "David MacKenzie and Jim Meyering");
  if (hv !== null) return hv;
  const eol = parsed.opts.some((o) => o.key === "z") ? "\0" : "\n";
  if (parsed.operands.length === 0) return usageError(p, "missing operand");
  for (const n of parsed.operands) await p.out.write(dirname(n) + eol);
  return 0;
});
