// basename(1): -a (several names), -s SUFFIX, -z; the suffix is kept when it is the whole name.

import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { quote } from "../lib/main.ts";

/** base_name() then strip a suffix that is not the whole name. */
export function basename(name: string, suffix = ""): string {
  let s = name.replace(/\/+$/, "");
  if (s === "") return name.startsWith("/") ? "/" : "";
  s = s.slice(s.lastIndexOf("/") + 1);
  if (suffix && s.length > suffix.length && s.endsWith(suffix)) s = s.slice(0, -suffix.length);
  return s;
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "as:z", [{ name: "multiple", has: 0, key: "a" }, { name: "suffix", has: 1, key: "s" }, { name: "zero", has: 0, key: "z" }, ...STD_LONGOPTS]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: basename NAME [SUFFIX]\n  or:  basename OPTION... NAME...\n", "David MacKenzie");
  if (hv !== null) return hv;
  let multiple = false;
  let suffix = "";
  let eol = "\n";
  for (const o of parsed.opts) {
    if (o.key === "a") multiple = true;
    else if (o.key === "s") {
      multiple = true;
      suffix = o.arg!;
    } else if (o.key === "z") eol = "\0";
  }
  const names = parsed.operands;
  if (names.length === 0) return usageError(p, "missing operand");
  if (!multiple) {
    if (names.length > 2) return usageError(p, `extra operand ${quote(names[2]!)}`);
    await p.out.write(basename(names[0]!, names[1] ?? "") + eol);
    return 0;
  }
  for (const n of names) await p.out.write(basename(n, suffix) + eol);
  return 0;
});
