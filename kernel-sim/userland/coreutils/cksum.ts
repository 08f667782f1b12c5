// cksum(1) of coreutils 9.1: the POSIX CRC and size by default; -a picks another algorithm
// (sysv and bsd as sum -s/-r; md5, sha*, blake2b as the *sum tools, tagged unless
// --untagged). Checking (-c) is left to md5sum and friends.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, quotef, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { bsdSum, posixCrc, sysvSum } from "./checksums.ts";
import { ALGOS } from "./md5sum.ts";
import { blake2b } from "../lib/blake2b.ts";
import { slurpBytes } from "./textfiles.ts";

const HELP = `Usage: cksum [OPTION]... [FILE]...
Print or verify checksums.
By default use the 32 bit CRC algorithm.

With no FILE, or when FILE is -, read standard input.
`;

const NAMES = ["bsd", "sysv", "crc", "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "sm3"];

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "a:cl:wz", [
    { name: "algorithm", has: 1, key: "a" },
    { name: "check", has: 0, key: "c" },
    { name: "length", has: 1, key: "l" },
    { name: "tag", has: 0, key: "tag" },
    { name: "untagged", has: 0, key: "untagged" },
    { name: "zero", has: 0, key: "z" },
    { name: "warn", has: 0, key: "w" },
    { name: "debug", has: 0, key: "debug" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, HELP, "Padraig Brady and Q. Frank Xia");
  if (hv !== null) return hv;
  let algo = "crc";
  let untagged = false;
  let bits = 0;
  for (const o of parsed.opts) {
    if (o.key === "a") {
      const m = NAMES.filter((n) => n.startsWith(o.arg!));
      if (m.length !== 1 && !NAMES.includes(o.arg!)) {
        await p.out.flush();
        await p.err.write(`${p.name}: ${m.length ? "ambiguous" : "invalid"} argument ${quote(o.arg!)} for '--algorithm'\nValid arguments are:\n${NAMES.map((n) => `  - '${n}'\n`).join("")}`);
        return usageError(p, null);
      }
      algo = NAMES.includes(o.arg!) ? o.arg! : m[0]!;
    } else if (o.key === "untagged") untagged = true;
    else if (o.key === "tag") untagged = false;
    else if (o.key === "l") bits = Number(o.arg);
    else if (o.key === "c") {
      await p.warn("--check is not supported here; use md5sum -c and friends");
      return 1;
    }
  }
  if (algo === "sm3") {
    await p.warn("the sm3 algorithm is not available");
    return 1;
  }
  const digest = ALGOS[algo + "sum"] ?? (algo === "blake2b" ? ALGOS["b2sum"] : undefined);
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
    if (!digest) {
      const fields = algo === "bsd" ? bsdSum(data) : algo === "sysv" ? sysvSum(data) : posixCrc(data);
      await p.out.write(fields + (named ? ` ${f}` : "") + "\n");
      continue;
    }
    let [tag, fn] = digest;
    if (algo === "blake2b" && bits && bits !== 512) {
      tag = `BLAKE2b-${bits}`;
      fn = (b) => blake2b(b, bits / 8);
    }
    const d = fn(data);
    await p.out.write(untagged ? `${d}  ${f}\n` : `${tag} (${f}) = ${d}\n`);
  }
  return status;
});
