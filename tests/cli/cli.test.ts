// The vlab command itself, as a user runs it: a real child process, real stdout and stderr.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";

const bin = resolve(import.meta.dirname, "../../bin/vlab.js");

function vlab(args: string[], input = ""): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the vlab CLI", () => {
  it("runs -c with sh and passes stdout, stderr and the exit status through", () => {
    const r = vlab(["-c", "echo out; echo err >&2; exit 7"]);
    expect(r).toEqual({ status: 7, stdout: "out\n", stderr: "err\n" });
  });

  it("runs --script FILE with the shell its header names, with arguments", () => {
    const dir = mkdtempSync(join(tmpdir(), "vlab-cli-"));
    const f = join(dir, "s.sh");
    writeFileSync(f, '# shell: bash\n[[ x == x ]] && echo "bash $1 $#"\n');
    const r = vlab(["--script", f, "a", "b"]);
    expect(r.stdout).toBe("bash a 2\n");
    expect(r.status).toBe(0);
  });

  it("rejects an unknown option the GNU way", () => {
    const r = vlab(["--bogus"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("vlab: unrecognized option '--bogus'\nTry 'vlab --help' for more information.\n");
  });

  it("does not wait for jobs left running in the machine", () => {
    const r = vlab(["-c", "sleep 1000 & echo started"]);
    expect(r.stdout).toBe("started\n");
    expect(r.status).toBe(0);
  });
});
