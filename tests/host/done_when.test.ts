// Issue 2's "Done when" lines, run through the whole machine as `vlab -c` runs them.
import { describe, expect, it } from "vitest";
import { sh } from "./run.ts";

describe("vlab -c", () => {
  it("pipes and reports $?", async () => {
    const r = await sh("echo hello | cat; echo $?");
    expect(r.all).toBe("hello\n0\n");
    expect(r.status).toBe(0);
  });

  it("exits with the script's status", async () => {
    expect((await sh("exit 3")).status).toBe(3);
  });

  it("reports 137 for a job killed with SIGKILL", async () => {
    const r = await sh("sleep 100 & kill -9 $!; wait $!; echo $?");
    expect(r.all).toBe("137\n");
  });

  it("shows init's name and a status file shaped like Linux's", async () => {
    const r = await sh("cat /proc/1/comm; cat /proc/self/status");
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("init");
    expect(lines[1]).toBe("Name:\tcat");
    expect(r.out).toMatch(/^State:\tR \(running\)$/m);
    expect(r.out).toMatch(/^Pid:\t\d+$/m);
    expect(r.out).toMatch(/^PPid:\t\d+$/m);
    expect(r.out).toMatch(/^Uid:\t0\t0\t0\t0$/m);
    expect(r.status).toBe(0);
  });

  it("runs as root in /root with the documented environment", async () => {
    const r = await sh('id -u; pwd; echo "$HOME"; echo "$PATH"; umask');
    expect(r.all).toBe("0\n/root\n/root\n/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n0022\n");
  });

  it("gives permission errors with Linux's messages", async () => {
    const r = await sh("echo 'echo hi' > /tmp/s; /tmp/s; echo $?; chmod +x /tmp/s; /tmp/s");
    expect(r.all).toBe("sh: 1: /tmp/s: Permission denied\n126\nhi\n");
  });

  it("reports a missing command with 127", async () => {
    const r = await sh("nosuchcommand; echo $?");
    expect(r.all).toBe("sh: 1: nosuchcommand: not found\n127\n");
  });

  it("kills a writer with SIGPIPE when the reader is gone", async () => {
    const r = await sh("yes | head -n 2; echo ${PIPESTATUS[0]}", "/bin/bash");
    expect(r.all).toBe("y\ny\n141\n");
  });

  it("re-parents an orphan to init", async () => {
    const r = await sh("sh -c 'sleep 1 & echo $! > /tmp/p'; sleep 0.1; cat /proc/$(cat /tmp/p)/status | grep PPid");
    expect(r.all).toBe("PPid:\t1\n");
  });
});
