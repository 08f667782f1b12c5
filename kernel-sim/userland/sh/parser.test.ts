import { describe, expect, it } from "vitest";
import { parse } from "./parser.ts";
import { ShellSyntaxError } from "./syntax_error.ts";
import type { Command, SimpleCommand } from "./ast.ts";

const bash = { bash: true };
const dash = { bash: false };

function first(src: string, opts = bash): Command {
  return parse(src, opts).items[0]!.cmd;
}
function err(src: string, opts = bash): ShellSyntaxError {
  try {
    parse(src, opts);
  } catch (e) {
    if (e instanceof ShellSyntaxError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("parser: commands", () => {
  it("simple command with assignments and redirections", () => {
    const c = first("x=1 y=$z cmd a 'b c' 2>&1 >out") as SimpleCommand;
    expect(c.type).toBe("simple");
    expect(c.assigns.map((a) => a.name)).toEqual(["x", "y"]);
    expect(c.words.map((w) => w.text)).toEqual(["cmd", "a", "'b c'"]);
    expect(c.redirs.map((r) => [r.fd, r.op, r.target.text])).toEqual([[2, ">&", "1"], [-1, ">", "out"]]);
  });
  it("pipelines, and-or lists, background", () => {
    const l = parse("a | b |& c && d || ! e &", bash);
    expect(l.items[0]!.async).toBe(true);
    const ao = l.items[0]!.cmd;
    expect(ao.type).toBe("andor");
  });
  it("compound commands", () => {
    expect(first("if a; then b; elif c; then d; else e; fi").type).toBe("if");
    expect(first("while a; do b; done").type).toBe("while");
    expect(first("until a; do b; done").type).toBe("until");
    expect(first("for i in 1 2; do echo $i; done").type).toBe("for");
    expect(first("for ((i=0;i<3;i++)); do :; done").type).toBe("arithfor");
    expect(first("case x in a|b) :;; (c) :;& *) :;;& esac").type).toBe("case");
    expect(first("f() { :; }").type).toBe("funcdef");
    expect(first("function g { :; }").type).toBe("funcdef");
    expect(first("( a; b )").type).toBe("subshell");
    expect(first("{ a; }").type).toBe("group");
    expect(first("((x+=1))").type).toBe("arithcmd");
    expect(first("[[ -f x && $a == b* ]]").type).toBe("cond");
  });
  it("arrays", () => {
    const c = first("a=(1 'two' $x) b[2]=y") as SimpleCommand;
    expect(c.assigns[0]!.array!.map((w) => w.text)).toEqual(["1", "'two'", "$x"]);
    expect(c.assigns[1]!.index!.text).toBe("2");
  });
  it("here-documents, several per line, quoted and stripped", () => {
    const c = first("cat <<A <<-'B'\nx $y\nA\n\tz $w\n\tB\n") as SimpleCommand;
    expect(c.redirs[0]!.heredoc!.body.text).toBe("x $y\n");
    expect(c.redirs[0]!.heredoc!.quoted).toBe(false);
    expect(c.redirs[1]!.heredoc!.body.text).toBe("z $w\n");
    expect(c.redirs[1]!.heredoc!.quoted).toBe(true);
  });
  it("command substitution with case inside", () => {
    const c = first("echo $(case x in x) echo y;; esac)") as SimpleCommand;
    expect(c.words[1]!.parts[0]!.type).toBe("cmdsub");
  });
  it("word parts", () => {
    const c = first(`echo "a $b \${c:-d}" ~/x $((1+2)) \`e\` $'\\n'`) as SimpleCommand;
    expect(c.words.slice(1).map((w) => w.parts.map((p) => p.type).join(","))).toEqual(["dq", "tilde,lit", "arith", "cmdsub", "qlit"]);
  });
});

describe("parser: errors", () => {
  it("bash wording", () => {
    expect(err("echo )").bashMessages()).toEqual(["syntax error near unexpected token `)'", "`echo )'"]);
    expect(err("if true; then").bashMessages()).toEqual(["syntax error: unexpected end of file"]);
    expect(err("if true; then").line).toBe(2);
    expect(err('echo "abc').bashMessages()).toEqual(["unexpected EOF while looking for matching `\"'"]);
  });
  it("dash wording", () => {
    expect(err("echo )", dash).dashMessage()).toBe('Syntax error: ")" unexpected');
    expect(err("if true; fi", dash).dashMessage()).toBe('Syntax error: "fi" unexpected (expecting "then")');
    expect(err("if true; then", dash).dashMessage()).toBe('Syntax error: end of file unexpected (expecting "fi")');
    expect(err("echo 'x", dash).dashMessage()).toBe("Syntax error: Unterminated quoted string");
    expect(err("echo ${x", dash).dashMessage()).toBe("Syntax error: Missing '}'");
  });
  it("incomplete input is flagged for PS2", () => {
    expect(err("while true; do").incomplete).toBe(true);
    expect(err("echo 'a").incomplete).toBe(true);
    expect(err("echo )").incomplete).toBe(false);
  });
});
