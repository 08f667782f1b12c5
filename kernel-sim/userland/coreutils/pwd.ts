// pwd(1), GNU coreutils: -P (default unless POSIXLY_CORRECT) prints getcwd(3); -L prints $PWD
// when it is absolute, has no "." or ".." components and names the current directory.


import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "LP", [{ name: "logical", has: 0, key: "L" }, { name: "physical", has: 0, key: "P" }, ...STD_LONGOPTS]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: pwd [OPTION]...\nPrint the full filename of the current working directory.\n", "Jim Meyering");
  if (hv !== null) return hv;
  let logical = p.getenv("POSIXLY_CORRECT") !== undefined;
  for (const o of parsed.opts) logical = o.key === "L";
  if (parsed.operands.length > 0) await p.warn("ignoring non-option arguments");
  if (logical) {
    const pwd = p.getenv("PWD");
    if (pwd && pwd.startsWith("/") && !/(^|\/)\.\.?(\/|$)/.test(pwd)) {
      try {
        const a = p.sys.stat(pwd);
        const b = p.sys.stat(".");
        if (a.ino === b.ino && a.dev === b.dev) {
          await p.out.write(pwd + "\n");
          return 0;
        }
      } catch {
        // fall back to getcwd
      }
    }
  }
  await p.out.write(p.sys.getcwd() + "\n");
  return 0;
});
