// The syntax tree back to text, as bash's print_cmd.c formats a function for `type` and
// `declare -f`: four-space indents, one command per line ending in ";", `do` and `then` placed
// as bash places them.

import type { Command, CondExpr, List, Redir, Word } from "./ast.ts";

const IND = "    ";

function words(ws: Word[]): string {
  return ws.map((w) => w.text).join(" ");
}

function redirs(rs: Redir[]): string {
  let s = "";
  for (const r of rs) {
    const fd = r.fd >= 0 ? String(r.fd) : r.fdVar ? `{${r.fdVar}}` : "";
    if (r.op === "<<" || r.op === "<<-") s += ` ${fd}${r.op}${r.target.text}`;
    else if (r.op === ">&" || r.op === "<&") s += ` ${fd}${r.op}${r.target.text}`;
    else s += ` ${fd}${r.op} ${r.target.text}`;
  }
  return s;
}

/** Here-document bodies to append after the line that has the operator. */
function heredocs(rs: Redir[]): string {
  let s = "";
  for (const r of rs) if (r.heredoc) s += `\n${r.heredoc.body.text}${delim(r.target)}\n`;
  return s;
}

function delim(w: Word): string {
  return w.text.replace(/["'\\]/g, "");
}

function cond(e: CondExpr): string {
  switch (e.type) {
    case "and": return `${cond(e.left)} && ${cond(e.right)}`;
    case "or": return `${cond(e.left)} || ${cond(e.right)}`;
    case "not": return `! ${cond(e.expr)}`;
    case "unary": return `${e.op} ${e.arg.text}`;
    case "binary": return `${e.left.text} ${e.op} ${e.right.text}`;
    case "word": return e.word.text;
  }
}

/** A list at an indent: items one per line, ";" after all but the last. */
function list(l: List, ind: string): string {
  let s = "";
  l.items.forEach((it, i) => {
    const t = command(it.cmd, ind);
    const last = i === l.items.length - 1;
    s += t + (it.async ? (last ? " &" : " & ") : last || t.endsWith("\n") ? "" : ";\n" + ind);
    if (!it.async && !last && t.endsWith("\n")) s += "\n" + ind;
  });
  return ind + s;
}

/** A command (its first line is not indented: the caller put it after the indent). */
export function command(c: Command, ind: string): string {
  const inner = ind + IND;
  switch (c.type) {
    case "simple": {
      const parts = [...c.assigns.map((a) => `${a.name}${a.append ? "+=" : "="}${a.array ? `(${words(a.array)})` : (a.value?.text ?? "")}`), ...c.words.map((w) => w.text)];
      return parts.join(" ") + redirs(c.redirs) + heredocs(c.redirs);
    }
    case "pipeline":
      return (c.bang ? "! " : "") + c.cmds.map((x, i) => command(x, ind) + (i < c.cmds.length - 1 ? (c.stderrToo[i] ? " |&" : " |") : "")).join(" ");
    case "andor":
      return command(c.first, ind) + c.rest.map((r) => ` ${r.op} ${command(r.cmd, ind)}`).join("");
    case "list":
      return list(c, "").replace(/\n/g, "\n" + ind);
    case "subshell":
      return `( ${list(c.body, "").replace(/\n/g, "\n" + ind)} )${redirs(c.redirs)}`;
    case "group":
      return `{ \n${list(c.body, inner)}\n${ind}}${redirs(c.redirs)}`;
    case "if": {
      // bash prints elif as a nested if in the else part
      const [first, ...rest] = c.clauses;
      let s = `if ${list(first!.cond, "").replace(/\n/g, " ")}; then\n${list(first!.body, inner)};`;
      if (rest.length) s += `\n${ind}else\n${inner}${command({ ...c, clauses: rest, redirs: [] }, inner)};`;
      else if (c.elseBody) s += `\n${ind}else\n${list(c.elseBody, inner)};`;
      return s + `\n${ind}fi${redirs(c.redirs)}`;
    }
    case "while":
    case "until":
      return `${c.type} ${list(c.cond, "").replace(/\n/g, " ")}; do\n${list(c.body, inner)};\n${ind}done${redirs(c.redirs)}`;
    case "for":
      return `${c.select ? "select" : "for"} ${c.name}${c.words ? ` in ${words(c.words)}` : ""};\n${ind}do\n${list(c.body, inner)};\n${ind}done${redirs(c.redirs)}`;
    case "arithfor":
      return `for ((${c.init.text.trim()}; ${c.cond.text.trim()}; ${c.step.text.trim()}))\n${ind}do\n${list(c.body, inner)};\n${ind}done${redirs(c.redirs)}`;
    case "case": {
      let s = `case ${c.word.text} in `;
      for (const it of c.items) {
        s += `\n${inner}${it.patterns.map((p) => p.text).join(" | ")})`;
        if (it.body.items.length) s += `\n${list(it.body, inner + IND)}`;
        s += `\n${inner}${it.term}`;
      }
      return s + `\n${ind}esac${redirs(c.redirs)}`;
    }
    case "funcdef":
      return `${c.name} () \n${ind}${command(c.body, ind)}`;
    case "arithcmd":
      return `(( ${c.expr.text.trim()} ))${redirs(c.redirs)}`;
    case "cond":
      return `[[ ${cond(c.expr)} ]]${redirs(c.redirs)}`;
    case "coproc":
      return `coproc ${c.name} ${command(c.body, ind)}`;
  }
}

/** A function as `declare -f name` prints it (after the "name () " line). */
export function functionBody(body: Command): string {
  return command(body, "");
}
