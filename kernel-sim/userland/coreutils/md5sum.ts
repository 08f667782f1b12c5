// md5sum(1), sha1sum(1), sha256sum(1): "DIGEST  NAME" lines, -c to check a list, --tag, -b/-t
// (the same on Linux), --quiet/--status/-w for -c. The program's name picks the digest.

import { gnuProgram as program } from "../lib/gnu.ts";
import type { Proc } from "../lib/main.ts";
import { quote, quotef, errmsg, basenameOf } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { openInput, closeInput, readFileText } from "../lib/input.ts";
import { concatBytes } from "../lib/text.ts";
import { md5, sha1, sha224, sha256 } from "../lib/digest.ts";
import { sha384, sha512 } from "../lib/sha512.ts";
import { blake2b } from "../lib/blake2b.ts";

/** Program name -> [tag for --tag, digest, hex length]. */
export const ALGOS: Record<string, [string, (b: Uint8Array) => string, number]> = {
  md5sum: ["MD5", md5, 32],
  sha1sum: ["SHA1", sha1, 40],
  sha224sum: ["SHA224", sha224, 56],
  sha256sum: ["SHA256", sha256, 64],
  sha384sum: ["SHA384", sha384, 96],
  sha512sum: ["SHA512", sha512, 128],
  b2sum: ["BLAKE2b", blake2b, 128],
};

async function digestOf(p: Proc, f: string, fn: (b: Uint8Array) => string): Promise<string> {
  const fd = await openInput(p.sys, f);
  try {
    const parts: Uint8Array[] = [];
    for (;;) {
      const b = await p.sys.read(fd, 65536);
      if (b.length === 0) break;
      parts.push(b);
    }
    return fn(parts.length ? concatBytes(parts) : new Uint8Array(0));
  } finally {
    closeInput(p.sys, fd);
  }
}

export default program(async (p) => {
  const me = basenameOf(p.name);
  let [tag, fn, len] = ALGOS[me] ?? ALGOS["md5sum"]!;
  const parsed = await parseOrUsage(p, me === "b2sum" ? "bctwzl:" : "bctwz", [
    ...(me === "b2sum" ? [{ name: "length", has: 1 as const, key: "l" }] : []),
    { name: "binary", has: 0, key: "b" },
    { name: "check", has: 0, key: "c" },
    { name: "tag", has: 0, key: "tag" },
    { name: "text", has: 0, key: "t" },
    { name: "quiet", has: 0, key: "quiet" },
    { name: "status", has: 0, key: "status" },
    { name: "warn", has: 0, key: "w" },
    { name: "strict", has: 0, key: "strict" },
    { name: "ignore-missing", has: 0, key: "ignore-missing" },
    { name: "zero", has: 0, key: "z" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, `Usage: ${me} [OPTION]... [FILE]...\nPrint or check ${tag} checksums.\n`, "Ulrich Drepper, Scott Miller, and David Madore");
  if (hv !== null) return hv;
  const k = new Set(parsed.opts.map((o) => o.key));
  const bits = parsed.opts.find((o) => o.key === "l")?.arg;
  if (bits !== undefined) {
    // b2sum -l BITS: a shorter BLAKE2b, tagged "BLAKE2b-BITS".
    const n = Number(bits);
    if (!/^[0-9]+$/.test(bits) || n > 512) {
      await p.warn(`invalid length: ${quote(bits)}`);
      if (/^[0-9]+$/.test(bits)) await p.err.write(`${p.name}: maximum digest length for 'BLAKE2b' is 512 bits\n`);
      return 1;
    }
    if (n % 8 !== 0) {
      await p.warn(`invalid length: ${quote(bits)}`);
      await p.err.write(`${p.name}: length is not a multiple of 8\n`);
      return 1;
    }
    if (n !== 0 && n !== 512) {
      tag = `BLAKE2b-${n}`;
      fn = (b) => blake2b(b, n / 8);
      len = n / 4;
    }
  }
  const files = parsed.operands.length ? parsed.operands : ["-"];
  let status = 0;
  // -b marks the name with "*" (binary mode); the later of -b and -t wins.
  const mode = parsed.opts.filter((o) => o.key === "b" || o.key === "t").pop()?.key === "b" ? "*" : " ";
  if (!k.has("c")) {
    for (const f of files) {
      try {
        const d = await digestOf(p, f, fn);
        await p.out.write(k.has("tag") ? `${tag} (${f}) = ${d}\n` : `${d} ${mode}${f}\n`);
      } catch (e) {
        await p.warn(`${quotef(f)}: ${errmsg(e)}`);
        status = 1;
      }
    }
    return status;
  }
  let anyFailed = false;
  for (const list of files) {
    // GNU reports the warnings of each checksum file at its end.
    let failed = 0;
    let unreadable = 0;
    let bad = 0;
    let text: string;
    try {
      text = list === "-" ? await readFileText(p.sys, "/dev/stdin") : await readFileText(p.sys, list);
    } catch (e) {
      await p.warn(`${quotef(list)}: ${errmsg(e)}`);
      status = 1;
      continue;
    }
    let okLines = 0;
    for (const line of text.split("\n")) {
      if (!line) continue;
      const m = new RegExp(`^([0-9a-fA-F]{${len}}) [ *](.*)$`).exec(line) ?? new RegExp(`^${tag} \\((.*)\\) = ([0-9a-fA-F]{${len}})$`).exec(line);
      if (!m) {
        bad++;
        continue;
      }
      const [want, name] = m[1]!.length === len && /^[0-9a-fA-F]+$/.test(m[1]!) ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
      okLines++;
      let got: string;
      try {
        got = await digestOf(p, name, fn);
      } catch (e) {
        if (k.has("ignore-missing")) continue;
        await p.warn(`${name}: ${errmsg(e)}`);
        if (!k.has("status")) await p.out.write(`${name}: FAILED open or read\n`);
        unreadable++;
        continue;
      }
      const ok = got.toLowerCase() === want.toLowerCase();
      if (!ok) failed++;
      if (!k.has("status") && (!ok || !k.has("quiet"))) await p.out.write(`${name}: ${ok ? "OK" : "FAILED"}\n`);
    }
    if (failed || unreadable || (k.has("strict") && bad)) anyFailed = true;
    if (okLines === 0) {
      // coreutils 9.1 no longer names the algorithm here, nor counts the bad lines.
      await p.warn(`${quotef(list)}: no properly formatted checksum lines found`);
      status = 1;
    } else if (!k.has("status")) {
      if (bad) await p.warn(`WARNING: ${bad} line${bad > 1 ? "s are" : " is"} improperly formatted`);
      if (unreadable) await p.warn(`WARNING: ${unreadable} listed file${unreadable > 1 ? "s" : ""} could not be read`);
      if (failed) await p.warn(`WARNING: ${failed} computed checksum${failed > 1 ? "s" : ""} did NOT match`);
    }
  }
  return status || anyFailed ? 1 : 0;
});
