// mktemp(1): a unique file (0600) or directory (-d, 0700) from TEMPLATE (at least three
// trailing X's; default tmp.XXXXXXXXXX in $TMPDIR or /tmp), -p DIR, -t, -u, -q.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { Errno, EEXIST } from "../../uapi/errno.ts";
import { O_CREAT, O_EXCL, O_RDWR } from "../../uapi/fcntl.ts";

const CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "dp:qtu", [
    { name: "directory", has: 0, key: "d" },
    { name: "dry-run", has: 0, key: "u" },
    { name: "quiet", has: 0, key: "q" },
    { name: "suffix", has: 1, key: "suffix" },
    { name: "tmpdir", has: 2, key: "p" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: mktemp [OPTION]... [TEMPLATE]\nCreate a temporary file or directory, safely, and print its name.\n", "Jim Meyering and Eric Blake");
  if (hv !== null) return hv;
  const k = new Set(parsed.opts.map((o) => o.key));
  const quiet = k.has("q");
  let dir = parsed.opts.find((o) => o.key === "p")?.arg;
  const suffix = parsed.opts.find((o) => o.key === "suffix")?.arg ?? "";
  if (parsed.operands.length > 1) return usageError(p, `too many templates`);
  let template = parsed.operands[0];
  const useDir = template === undefined || k.has("t") || k.has("p");
  if (template === undefined) template = "tmp.XXXXXXXXXX";
  if (useDir) {
    if (dir === undefined || dir === "") dir = p.getenv("TMPDIR") || "/tmp";
    if (k.has("t") || parsed.operands.length === 0 || !template.includes("/")) template = dir.replace(/\/$/, "") + "/" + template;
  }
  const m = /X*$/.exec(template)!;
  if (m[0].length < 3) {
    if (!quiet) await p.warn(`too few X's in template ${quote(template)}`);
    return 1;
  }
  const base = template.slice(0, template.length - m[0].length);
  for (let tries = 0; tries < 100; tries++) {
    const rnd = p.sys.getrandom(m[0].length);
    const name = base + Array.from(rnd, (x) => CHARS[x % CHARS.length]).join("") + suffix;
    try {
      if (k.has("u")) {
        try {
          p.sys.lstat(name);
          continue;
        } catch {
          // free: a dry run only names it
        }
      } else if (k.has("d")) p.sys.mkdir(name, 0o700);
      else p.sys.close(await p.sys.open(name, O_RDWR | O_CREAT | O_EXCL, 0o600));
      await p.out.write(name + "\n");
      return 0;
    } catch (e) {
      if (e instanceof Errno && e.errno === EEXIST) continue;
      if (!quiet) await p.warn(`failed to create ${k.has("d") ? "directory" : "file"} via template ${quote(template)}: ${errmsg(e)}`);
      return 1;
    }
  }
  return 1;
});
