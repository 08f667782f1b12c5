// sum(1): the BSD 16-bit checksum and 1 KiB block count (-r, the default) or the System V
// one with 512-byte blocks (-s). Both name the file when operands were given.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quotef, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { bsdSum, sysvSum } from "./checksums.ts";
import { slurpBytes } from "./textfiles.ts";

const HELP = `Usage: sum [OPTION]... [FILE]...
Print or check BSD (16-bit) checksums.

With no FILE, or when FILE is -, read standard input.

  -r              use BSD sum algorithm (the default), use 1K blocks
  -s, --sysv      use System V sum algorithm, use 512 bytes blocks
      --help        display this help and exit
      --version     output version information and exit
`;

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "rs", [{ name: "sysv", has: 0, key: "s" }, ...STD_LONGOPTS]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, HELP, "Kayvan Aghaiepour and David MacKenzie");
  if (hv !== null) return hv;
  let sysv = false;
  for (const o of parsed.opts) sysv = o.key === "s" ? true : o.key === "r" ? false : sysv;
  const files = parsed.operands.length ? parsed.operands : ["-"];
  let status = 0;
  for (const f of files) {
    let data: Uint8Array;
    try {
      data = await slurpBytes(p.sys, f);
    } catch (e) {
      await p.warn(`${quotef(f)}: ${errmsg(e)}`);
      status = 1;
      continue;
    }
    const named = parsed.operands.length > 0;
    await p.out.write((sysv ? sysvSum(data) : bsdSum(data)) + (named ? ` ${f}` : "") + "\n");
  }
  return status;
});
