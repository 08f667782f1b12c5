// sed(1), GNU sed 4.9: the options and the input streams (files in sequence, or one by one
// with -s/-i). The script compiler is sed_parse.ts, addressing sed_address.ts, the execution
// cycle sed_exec.ts, the input sed_input.ts.

import { program, errmsg } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { getopt, GetoptError, STD_LONGOPTS } from "../lib/getopt.ts";
import { readFileText } from "../lib/input.ts";
import { writeAll } from "../lib/stdio.ts";
import { O_CREAT, O_TRUNC, O_WRONLY } from "../../uapi/fcntl.ts";
import type { Cmd } from "./sed_parse.ts";
import { compileSed, SedError } from "./sed_parse.ts";
import { Input, StringInput } from "./sed_input.ts";
import { Sed } from "./sed_exec.ts";

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "e:f:i::l:nrsuEzb", [
      { name: "expression", has: 1, key: "e" },
      { name: "file", has: 1, key: "f" },
      { name: "in-place", has: 2, key: "i" },
      { name: "quiet", has: 0, key: "n" },
      { name: "silent", has: 0, key: "n" },
      { name: "regexp-extended", has: 0, key: "E" },
      { name: "separate", has: 0, key: "s" },
      { name: "unbuffered", has: 0, key: "u" },
      { name: "null-data", has: 0, key: "z" },
      { name: "posix", has: 0, key: "posix" },
      { name: "debug", has: 0, key: "debug" },
      { name: "sandbox", has: 0, key: "sandbox" },
      { name: "line-length", has: 1, key: "l" },
      ...STD_LONGOPTS,
    ]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`sed: ${e.message}\nUsage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n`);
    return 1;
  }
  let script = "";
  const starts: number[] = [];
  let fileName: string | undefined;
  let quiet = false, ere = false, separate = false;
  let inPlace: string | undefined;
  let eol = "\n";
  for (const o of parsed.opts) {
    switch (o.key) {
      case "e":
        if (script) script += "\n";
        starts.push(script.length);
        script += o.arg!;
        break;
      case "f":
        try {
          if (script) script += "\n";
          starts.push(script.length);
          script += (await readFileText(p.sys, o.arg === "-" ? "/dev/stdin" : o.arg!)).replace(/\n$/, "");
          fileName = o.arg;
        } catch (e) {
          await p.err.write(`sed: couldn't open file ${o.arg}: ${errmsg(e)}\n`);
          return 1;
        }
        break;
      case "n": quiet = true; break;
      case "r": case "E": ere = true; break;
      case "s": separate = true; break;
      case "i": inPlace = o.arg ?? ""; separate = true; break;
      case "z": eol = "\0"; break;
      case "version":
        await p.out.write("sed (GNU sed) 4.9\n");
        return 0;
      case "help":
        await p.out.write("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n");
        return 0;
    }
  }
  const ops = [...parsed.operands];
  if (starts.length === 0) {
    if (ops.length === 0) {
      await p.err.write("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n");
      return 1;
    }
    starts.push(0);
    script = ops.shift()!;
  }
  let cmds: Cmd[];
  try {
    cmds = compileSed({ text: script, starts, fileName }, ere);
  } catch (e) {
    if (e instanceof SedError) {
      await p.err.write(`sed: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const files = ops.length ? ops : ["-"];
  if (inPlace !== undefined) {
    if (ops.length === 0) {
      await p.err.write("sed: no input files\n");
      return 1;
    }
    let status = 0;
    for (const f of files) {
      let text: string;
      try {
        text = await readFileText(p.sys, f);
      } catch (e) {
        await p.warn(`can't read ${f}: ${errmsg(e)}`);
        status = 2;
        continue;
      }
      // Run into a buffer: swap p.out for a collector, then write the file.
      const chunks: string[] = [];
      const realOut = p.out;
      const collector = { write: (s: string) => void chunks.push(s), flush: async () => {}, writeBytes: async () => {}, lineBuffered: false } as unknown as Proc["out"];
      p.out = collector;
      const sed = new Sed(p, cmds.map((c) => ({ ...c, active: false })), quiet, eol, true);
      await sed.openWfiles();
      const q = await sed.run(new StringInput(text, eol));
      p.out = realOut;
      if (inPlace) {
        const bfd = await p.sys.open(inPlace.includes("*") ? inPlace.replace("*", f) : f + inPlace, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
        await writeAll(p.sys, bfd, text);
        p.sys.close(bfd);
      }
      const ofd = await p.sys.open(f, O_WRONLY | O_TRUNC);
      await writeAll(p.sys, ofd, chunks.join(""));
      p.sys.close(ofd);
      if (q !== null) return q;
    }
    return status;
  }
  const sed = new Sed(p, cmds, quiet, eol, separate);
  try {
    await sed.openWfiles();
  } catch (e) {
    await p.err.write(`sed: couldn't open file: ${errmsg(e)}\n`);
    return 4;
  }
  const input = new Input(p, files, eol, separate);
  let q: number | null;
  try {
    q = await sed.run(input);
  } catch (e) {
    if (e instanceof SedError) {
      await p.err.write(`sed: ${e.message}\n`);
      return 4;
    }
    throw e;
  }
  if (q !== null) return q;
  return input.bad ? 2 : 0;
});
