// The shell's syntax tree: what parser.ts builds and interp/ executes. Discriminated unions on
// `type`, named after the POSIX grammar (XCU 2.10 "Shell Grammar") and bash's parse.y where bash
// adds something. Words are kept as parts so expansion (expand/) can tell quoted from unquoted text.

/** One piece of a word, before expansion. */
export type WordPart =
  | { type: "lit"; value: string } // unquoted text: subject to splitting (if it came from $x) and globbing
  | { type: "qlit"; value: string } // quoted text: '...', \c, $'...', the literal text inside "..."
  | { type: "dq"; parts: WordPart[] } // "..." (its parts are qlit and expansions)
  | ParamPart
  | { type: "cmdsub"; body: Script; text: string; backquote: boolean }
  | { type: "arith"; expr: Word; text: string }
  | { type: "tilde"; user: string } // ~ or ~user at the start of a word or after : in an assignment
  | { type: "proc"; dir: "<" | ">"; body: Script; text: string }; // bash <(cmd) >(cmd)

/**
 * ${name op arg}. op is "" for $x / ${x}, one of - = ? + (with colon flag), # ## % %% (patterns),
 * / // /# /% (replace), : (substring), ^ ^^ , ,, (case), "len" for ${#x}, "!" for ${!x} indirection,
 * "!prefix" for ${!pre*}, "@" for ${x@Q}-style transformations.
 */
export interface ParamPart {
  type: "param";
  name: string;
  /** Array subscript as written (${a[1]}, ${a[@]}), or null. */
  index: Word | null;
  op: string;
  colon: boolean;
  arg: Word | null;
  /** Second operand: the replacement of ${x/a/b}, the length of ${x:1:2}. */
  arg2: Word | null;
}

export interface Word {
  parts: WordPart[];
  /** The word as written, for messages and `set -x` of unexpanded things. */
  text: string;
  /** bash `local a=(x y)`: the array elements of an assignment-shaped argument. */
  array?: Word[];
}

export interface Assign {
  name: string;
  /** ${a[i]=...}: the subscript, or null. */
  index: Word | null;
  /** a+=x */
  append: boolean;
  value: Word | null;
  /** a=(x y z) */
  array: Word[] | null;
}

export type RedirOp = "<" | ">" | ">>" | ">|" | "<>" | "<&" | ">&" | "<<" | "<<-" | "<<<" | "&>" | "&>>";

export interface Redir {
  /** The fd written before the operator (2>x), or -1 for the operator's default. */
  fd: number;
  /** bash {var}>file: the name of the variable that gets the fd. */
  fdVar: string | null;
  op: RedirOp;
  /** Target word; for here-docs, the body (see heredoc). */
  target: Word;
  /** Here-document: body as a word (expanded unless the delimiter was quoted). */
  heredoc: { body: Word; quoted: boolean } | null;
}

export interface SimpleCommand {
  type: "simple";
  assigns: Assign[];
  words: Word[];
  redirs: Redir[];
  line: number;
}

export interface Pipeline {
  type: "pipeline";
  cmds: Command[];
  /** |& after cmds[i]: stderr goes into the pipe too. */
  stderrToo: boolean[];
  bang: boolean;
  /** bash `time` prefix. */
  timed: boolean;
  line: number;
}

export interface AndOr {
  type: "andor";
  first: Command;
  rest: { op: "&&" | "||"; cmd: Command }[];
}

/** A sequence of commands separated by ; & or newlines. */
export interface List {
  type: "list";
  items: { cmd: Command; async: boolean }[];
}

export interface Subshell { type: "subshell"; body: List; redirs: Redir[]; line: number }
export interface Group { type: "group"; body: List; redirs: Redir[]; line: number }
export interface If { type: "if"; clauses: { cond: List; body: List }[]; elseBody: List | null; redirs: Redir[]; line: number }
export interface Loop { type: "while" | "until"; cond: List; body: List; redirs: Redir[]; line: number }
export interface For { type: "for"; name: string; words: Word[] | null; body: List; redirs: Redir[]; line: number; /** bash select: a menu loop */ select?: boolean }
export interface ArithFor { type: "arithfor"; init: Word; cond: Word; step: Word; body: List; redirs: Redir[]; line: number }
export interface CaseItem { patterns: Word[]; body: List; term: ";;" | ";&" | ";;&" }
export interface Case { type: "case"; word: Word; items: CaseItem[]; redirs: Redir[]; line: number }
export interface FuncDef { type: "funcdef"; name: string; body: Command; text: string; line: number }
export interface ArithCmd { type: "arithcmd"; expr: Word; redirs: Redir[]; line: number }
/** bash coproc [NAME] command: a background child with pipes to and from it in NAME[0], NAME[1]. */
export interface Coproc { type: "coproc"; name: string; body: Command; line: number }
export interface CondCmd { type: "cond"; expr: CondExpr; redirs: Redir[]; line: number }

/** [[ ... ]] expression tree. */
export type CondExpr =
  | { type: "and" | "or"; left: CondExpr; right: CondExpr }
  | { type: "not"; expr: CondExpr }
  | { type: "unary"; op: string; arg: Word }
  | { type: "binary"; op: string; left: Word; right: Word }
  | { type: "word"; word: Word };

export type Command =
  | SimpleCommand
  | Pipeline
  | AndOr
  | List
  | Subshell
  | Group
  | If
  | Loop
  | For
  | ArithFor
  | Case
  | FuncDef
  | ArithCmd
  | CondCmd
  | Coproc;

/** A whole parsed input: a list of complete commands. */
export type Script = List;

export function lit(value: string): Word {
  return { parts: [{ type: "lit", value }], text: value };
}
