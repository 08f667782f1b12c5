// The lexer's operators and here-documents: the longest operator at the cursor (XCU 2.3 rule 6,
// with bash's extra ones) and, at the newline after a line with << redirections, the bodies of
// its here-documents. lexer.ts keeps words, quoting and expansions.

import type { Lexer } from "./lexer.ts";

export function readOp(lx: Lexer): string | null {
  const s = lx.src;
  const p = lx.pos;
  const c = s[p]!;
  const c1 = s[p + 1];
  const c2 = s[p + 2];
  const bash = lx.opts.bash;
  let op: string | null = null;
  switch (c) {
    case "&":
      if (c1 === "&") op = "&&";
      else if (bash && c1 === ">") op = c2 === ">" ? "&>>" : "&>";
      else op = "&";
      break;
    case "|":
      op = c1 === "|" ? "||" : bash && c1 === "&" ? "|&" : "|";
      break;
    case ";":
      if (c1 === ";") op = bash && c2 === "&" ? ";;&" : ";;";
      else op = c1 === "&" ? ";&" : ";";
      break;
    case "(":
      op = bash && c1 === "(" ? "((" : "(";
      break;
    case ")":
      op = ")";
      break;
    case "<":
      if (bash && c1 === "(") return null; // <(cmd): a word
      if (c1 === "<") op = c2 === "-" ? "<<-" : bash && c2 === "<" ? "<<<" : "<<";
      else if (c1 === "&") op = "<&";
      else if (c1 === ">") op = "<>";
      else op = "<";
      break;
    case ">":
      if (bash && c1 === "(") return null;
      if (c1 === ">") op = ">>";
      else if (c1 === "&") op = ">&";
      else if (c1 === "|") op = ">|";
      else op = ">";
      break;
    default:
      return null;
  }
  lx.pos += op.length;
  return op;
}

/** Read the bodies of the here-documents whose operators were on the line just ended. */
export function readHeredocs(lx: Lexer): void {
  const s = lx.src;
  for (const h of lx.pending) {
    const startLine = lx.line;
    // bash's warning names the line it had read last: the last body line, or the operator's
    let lastLine = startLine - 1;
    let body = "";
    let found = false;
    while (lx.pos < s.length) {
      let e = s.indexOf("\n", lx.pos);
      const hasNl = e >= 0;
      if (!hasNl) e = s.length;
      let ln = s.slice(lx.pos, e);
      lastLine = lx.line;
      lx.pos = hasNl ? e + 1 : e;
      // a last line without its newline does not start another (bash's line count)
      if (hasNl) lx.line++;
      if (h.strip) ln = ln.replace(/^\t+/, "");
      if (ln === h.delim) {
        found = true;
        break;
      }
      // dash keeps a last line that has no newline as it is
      body += hasNl || lx.opts.bash ? ln + "\n" : ln;
    }
    // only bash warns; dash takes the end of input as the end of the body silently
    if (!found && lx.opts.bash) lx.warnings.push({ line: lastLine, text: `here-document at line ${startLine - 1} delimited by end-of-file (wanted \`${h.delim}')` });
    const hd = h.redir.heredoc!;
    if (hd.quoted) hd.body = { parts: [{ type: "qlit", value: body }], text: body };
    else {
      const sub = lx.child(body, startLine);
      hd.body = { parts: sub.readExpandingText(body.length, false), text: body };
    }
  }
  lx.pending = [];
}
