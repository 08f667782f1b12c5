// xxd(1) (from vim): hex dump "00000000: 4142 0a01  AB..", -c cols, -g group, -l len, -s seek,
// -u upper, -p plain, -i C include, -r reverse (plain or normal dumps).

import { program, quotef, errmsg } from "../lib/main.ts";
import { openInput, closeInput, readText } from "../lib/input.ts";
import { concatBytes } from "../lib/text.ts";
import { writeAll } from "../lib/stdio.ts";

export function xxdDump(b: Uint8Array, cols: number, group: number, upper: boolean, offset = 0): string {
  let out = "";
  const hex = (x: number): string => {
    const s = x.toString(16).padStart(2, "0");
    return upper ? s.toUpperCase() : s;
  };
  // Width of the hex part: every byte is 2 chars, plus a space after each group.
  const hexWidth = cols * 2 + Math.ceil(cols / Math.max(1, group || cols));
  for (let off = 0; off < b.length; off += cols) {
    const chunk = b.subarray(off, off + cols);
    let h = "";
    for (let i = 0; i < chunk.length; i++) {
      h += hex(chunk[i]!);
      if (group > 0 && (i + 1) % group === 0) h += " ";
    }
    const text = Array.from(chunk, (c) => (c >= 32 && c < 127 ? String.fromCharCode(c) : ".")).join("");
    out += `${(off + offset).toString(16).padStart(8, "0")}: ${h.padEnd(hexWidth)} ${text}\n`;
  }
  return out;
}

export default program(async (p) => {
  const args = p.argv.slice(1);
  let cols = 16, group = 2, len = Infinity, seek = 0;
  let upper = false, plain = false, include = false, reverse = false;
  let colsSet = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const val = (): number => {
      const v = a.length > 2 && /^-[cglsCo]/.test(a) && !a.startsWith("-cols") ? a.slice(2) : args[++i];
      return Number(v);
    };
    if (a === "-c" || a.startsWith("-c") && /^-c[0-9]/.test(a) || a === "-cols") { cols = val(); colsSet = true; }
    else if (a === "-g" || /^-g[0-9]/.test(a) || a === "-groupsize") group = val();
    else if (a === "-l" || /^-l[0-9]/.test(a) || a === "-len") len = val();
    else if (a === "-s" || /^-s[0-9]/.test(a) || a === "-seek") seek = val();
    else if (a === "-u") upper = true;
    else if (a === "-p" || a === "-ps" || a === "-plain") plain = true;
    else if (a === "-i" || a === "-include") include = true;
    else if (a === "-r" || a === "-revert") reverse = true;
    else if (a === "-v" || a === "-version") {
      await p.err.write("xxd 2022-01-14 by Juergen Weigert et al.\n");
      return 0;
    } else if (a.startsWith("-") && a !== "-") {
      await p.err.write(`xxd: unknown option: ${a}\n`);
      return 1;
    } else files.push(a);
  }
  const input = files[0] ?? "-";
  let fd: number;
  try {
    fd = await openInput(p.sys, input);
  } catch (e) {
    await p.err.write(`xxd: ${quotef(input)}: ${errmsg(e)}\n`);
    return 2;
  }
  if (reverse) {
    const text = await readText(p.sys, fd);
    closeInput(p.sys, fd);
    const bytes: number[] = [];
    for (const line of text.split("\n")) {
      const hexPart = plain ? line : line.replace(/^[0-9a-fA-F]+:\s?/, "").slice(0, cols * 2 + Math.ceil(cols / Math.max(1, group)));
      for (const m of hexPart.replace(/\s+/g, "").matchAll(/[0-9a-fA-F]{2}/g)) bytes.push(parseInt(m[0], 16));
    }
    await writeAll(p.sys, 1, Uint8Array.from(bytes));
    return 0;
  }
  const parts: Uint8Array[] = [];
  for (;;) {
    const b = await p.sys.read(fd, 65536);
    if (b.length === 0) break;
    parts.push(b);
  }
  closeInput(p.sys, fd);
  let data = parts.length ? concatBytes(parts) : new Uint8Array(0);
  data = data.subarray(seek, Number.isFinite(len) ? seek + len : undefined);
  if (plain) {
    const c = colsSet ? cols : 30;
    let out = "";
    for (let i = 0; i < data.length; i += c) out += Array.from(data.subarray(i, i + c), (x) => x.toString(16).padStart(2, "0")).join("") + "\n";
    await p.out.write(out);
  } else if (include) {
    const c = colsSet ? cols : 12;
    const items = Array.from(data, (x) => "0x" + x.toString(16).padStart(2, "0"));
    let out = "";
    for (let i = 0; i < items.length; i += c) out += "  " + items.slice(i, i + c).join(", ") + (i + c < items.length ? ",\n" : "\n");
    await p.out.write(out);
  } else await p.out.write(xxdDump(data, cols, group, upper, seek));
  return 0;
});
