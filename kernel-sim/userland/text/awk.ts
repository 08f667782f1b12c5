// awk(1) as Debian's default, mawk 1.3.4: -F FS, -v VAR=VALUE, -f PROGFILE, then the program
// and ARGV (files and VAR=VALUE assignments, processed in order). Parsing is awk_parse.ts,
// running awk_interp.ts. Messages are mawk's ("awk: cannot open x (No such file or directory)").

import { program, errmsg } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { LineReader, openInput, closeInput, readFileText, readText } from "../lib/input.ts";
import { expandEscapes } from "../coreutils/printf_format.ts";
import { parseAwk } from "./awk_parse.ts";
import type { Program } from "./awk_parse.ts";
import { AwkSyntaxError } from "./awk_lex.ts";
import { Awk, AwkRuntimeError, Exit } from "./awk_interp.ts";
import { StrNum, toNum } from "./awk_value.ts";
import { RegexError } from "../lib/regex.ts";

/** Reads records of one file by RS: newline (streaming), "" (paragraphs), a char or a regex. */
class RecordReader {
  private lines: LineReader | null = null;
  private all: string[] | null = null;
  private k = 0;
  constructor(
    private readonly p: Proc,
    private readonly fd: number,
    private readonly rs: string,
    private readonly awk: Awk,
  ) {
    if (rs === "\n") this.lines = new LineReader(p.sys, fd);
  }
  async next(): Promise<string | null> {
    if (this.lines) return this.lines.line();
    if (this.all === null) {
      const text = await readText(this.p.sys, this.fd);
      if (this.rs === "") {
        const t = text.replace(/^\n+/, "").replace(/\n+$/, "");
        this.all = t === "" ? [] : t.split(/\n\n+/);
      } else {
        const parts = this.rs.length === 1 ? text.split(this.rs) : text.split(this.awk.regex(this.rs));
        if (parts[parts.length - 1] === "" || (this.rs.length === 1 && parts[parts.length - 1] === "\n")) parts.pop();
        this.all = parts;
      }
    }
    return this.k < this.all.length ? this.all[this.k++]! : null;
  }
}

function assignment(a: string): [string, string] | null {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(a);
  return m ? [m[1]!, expandEscapes(m[2]!, false)[0]] : null;
}

export default program(async (p) => {
  const args = p.argv.slice(1);
  let fs: string | null = null;
  const assigns: [string, string][] = [];
  const progFiles: string[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (a.length < 2 || a[0] !== "-") break;
    const opt = a[1]!;
    const val = (): string | undefined => (a.length > 2 ? a.slice(2) : args[++i]);
    if (opt === "F") {
      const v = val();
      if (v === undefined) return usage(p);
      fs = v === "t" ? "\t" : expandEscapes(v, false)[0];
    } else if (opt === "v") {
      const v = val();
      const as = v === undefined ? null : assignment(v);
      if (!as) {
        await p.err.write(`awk: improper assignment: -v ${v ?? ""}\n`);
        return 2;
      }
      assigns.push(as);
    } else if (opt === "f") {
      const v = val();
      if (v === undefined) return usage(p);
      progFiles.push(v);
    } else if (opt === "W" || a === "--version") {
      const v = a === "--version" ? "version" : val() ?? "";
      if (v.startsWith("v")) {
        await p.out.write("mawk 1.3.4 20200120\nCopyright 2008-2019,2020, Thomas E. Dickey\nCopyright 1991-1996,2014, Michael D. Brennan\n\n");
        return 0;
      }
    } else {
      await p.err.write(`awk: not an option: ${a}\n`);
      return 2;
    }
  }
  let src: string;
  if (progFiles.length) {
    src = "";
    for (const f of progFiles) {
      try {
        src += (await readFileText(p.sys, f === "-" ? "/dev/stdin" : f)) + "\n";
      } catch (e) {
        await p.err.write(`awk: couldn't open file ${f}: ${errmsg(e)}\n`);
        return 2;
      }
    }
  } else {
    if (i >= args.length) return usage(p);
    src = args[i++]!;
  }
  let prog: Program;
  try {
    prog = parseAwk(src);
  } catch (e) {
    if (e instanceof AwkSyntaxError || e instanceof RegexError) {
      await p.err.write(`awk: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const awk = new Awk(p, prog);
  if (fs !== null) awk.vars.set("FS", fs);
  const argv = awk.array("ARGV");
  argv.set("0", "awk");
  const operands = args.slice(i);
  operands.forEach((a, k) => argv.set(String(k + 1), new StrNum(a)));
  awk.vars.set("ARGC", operands.length + 1);
  const env = awk.array("ENVIRON");
  for (const e of p.envp) {
    const eq = e.indexOf("=");
    if (eq > 0) env.set(e.slice(0, eq), new StrNum(e.slice(eq + 1)));
  }
  for (const [k, v] of assigns) awk.vars.set(k, new StrNum(v));

  // The record source for the main loop and for plain getline.
  let argIndex = 1;
  let reader: RecordReader | null = null;
  let fd = -1;
  let usedStdin = false;
  let status = 0;
  const hasMain = prog.items.some((it) => it.kind === "main") || prog.items.some((it) => it.kind === "END");
  const nextRecord = async (): Promise<string | null> => {
    for (;;) {
      if (!reader) {
        const argc = toNum(awk.vars.get("ARGC") ?? 0);
        let file: string | null = null;
        while (argIndex < argc) {
          const a = awk.str(argv.get(String(argIndex++)) ?? "");
          if (a === "") continue;
          const as = assignment(a);
          if (as) {
            awk.vars.set(as[0], new StrNum(as[1]));
            continue;
          }
          file = a;
          break;
        }
        if (file === null) {
          if (usedStdin || hasFileOperand()) return null;
          file = "-";
        }
        usedStdin = true;
        try {
          fd = await openInput(p.sys, file);
        } catch (e) {
          await awk.flush();
          await p.err.write(`awk: cannot open ${file} (${errmsg(e)})\n`);
          status = 2;
          throw new Exit(2);
        }
        awk.vars.set("FILENAME", file); // mawk names standard input "-" (gawk leaves it empty)
        awk.vars.set("FNR", 0);
        reader = new RecordReader(p, fd, awk.str(awk.vars.get("RS")!), awk);
      }
      const r = await reader.next();
      if (r !== null) return r;
      closeInput(p.sys, fd);
      reader = null;
    }
  };
  const hasFileOperand = (): boolean => {
    for (let k = 1; k < toNum(awk.vars.get("ARGC") ?? 0); k++) {
      const a = awk.str(argv.get(String(k)) ?? "");
      if (a !== "" && !assignment(a)) return true;
    }
    return false;
  };
  awk.nextRecord = nextRecord;
  let exitCode = 0;
  let exited = false;
  try {
    try {
      await awk.runSpecial("BEGIN");
    } catch (x) {
      if (!(x instanceof Exit)) throw x;
      exited = true;
      if (x.status >= 0) exitCode = x.status;
    }
    if (!exited && prog.items.some((it) => it.kind === "main" || it.kind === "END")) {
      try {
        for (;;) {
          const rec = await nextRecord();
          if (rec === null) break;
          awk.vars.set("NR", toNum(awk.vars.get("NR")!) + 1);
          awk.vars.set("FNR", toNum(awk.vars.get("FNR")!) + 1);
          awk.setRecord(rec);
          if ((await awk.runRecord()) === "nextfile" && reader) {
            closeInput(p.sys, fd);
            reader = null;
          }
          if (p.sys.need_resched()) await p.sys.sched_yield();
        }
      } catch (x) {
        if (!(x instanceof Exit)) throw x;
        if (x.status >= 0) exitCode = x.status;
      }
    }
    try {
      await awk.runSpecial("END");
    } catch (x) {
      if (!(x instanceof Exit)) throw x;
      if (x.status >= 0) exitCode = x.status;
    }
  } catch (x) {
    if (x instanceof AwkRuntimeError || x instanceof RegexError) {
      await awk.flush();
      await p.err.write(`awk: run time error: ${x.message}\n\tFILENAME="${awk.str(awk.vars.get("FILENAME")!)}" FNR=${awk.str(awk.vars.get("FNR")!)} NR=${awk.str(awk.vars.get("NR")!)}\n`);
      return 2;
    }
    throw x;
  }
  await awk.flush();
  await awk.io.closeAll();
  return status || exitCode;
});

async function usage(p: Proc): Promise<number> {
  await p.err.write("usage: mawk [-F value] [-v var=value] [--] 'program text' [file ...]\nusage: mawk [-F value] [-v var=value] [-f program-file] [--] [file ...]\n");
  return 2;
}
