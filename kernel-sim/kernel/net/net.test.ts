import { describe, expect, it } from "vitest";
import { runAsInit } from "../testing/machine.ts";
import type { Sys } from "../../userland/lib/sys.ts";
import type { Task } from "../task/task.ts";
import "../syscalls/groups.ts";
import { CLONE_NEWNET } from "../../uapi/sched.ts";
import { Errno } from "../../uapi/errno.ts";
import { AF_INET, AF_UNIX, IPPROTO_ICMP, SOCK_DGRAM, SOCK_STREAM, isRtnlError, type RtnlReply } from "../../userland/lib/sys_net.ts";
import { netNs } from "./netns.ts";
import { ipReach } from "./ip_path.ts";
import { parseIPv4 } from "./addr.ts";

async function asInit<T>(body: (sys: Sys, init: () => Task) => Promise<T>): Promise<T> {
  let result: { v: T } | { e: unknown } | undefined;
  const box: { t?: Task } = {};
  const m = runAsInit(async (sys) => {
    try {
      result = { v: await body(sys, () => box.t!) };
    } catch (e) {
      result = { e };
    }
    return 0;
  });
  box.t = m.init;
  await m.done;
  if (!result) throw new Error("init did not finish");
  if ("e" in result) throw result.e;
  return result.v;
}

const code = (e: unknown): string => (e instanceof Errno ? e.code : String(e));
function ok(r: RtnlReply): RtnlReply {
  if (isRtnlError(r)) throw new Error(`rtnl errno ${r.errno} ${r.extack ?? ""}`);
  return r;
}
function ifindex(sys: Sys, name: string): number {
  const r = sys.rtnl({ op: "getlink" });
  if (!("links" in r)) throw new Error("no links");
  return r.links.find((l) => l.name === name)!.ifindex;
}

/** Two namespaces joined by a veth pair: 10.0.0.1 here, 10.0.0.2 in the child's namespace. */
async function pair(sys: Sys, child: (c: Sys) => Promise<number>): Promise<number> {
  const [rd, wr] = sys.pipe2(0);
  const [rd2, wr2] = sys.pipe2(0);
  const pid = sys.clone(CLONE_NEWNET, async (c) => {
    c.rtnl({ op: "setlink", ifindex: 1, up: true });
    await c.write(wr2, "r");
    await c.read(rd, 1);
    return child(c);
  });
  await sys.read(rd2, 1);
  ok(sys.rtnl({ op: "newlink", name: "v0", kind: "veth", peer: { name: "v1", netns: { pid } } }));
  const v0 = ifindex(sys, "v0");
  ok(sys.rtnl({ op: "newaddr", ifindex: v0, family: 4, local: "10.0.0.1", prefixlen: 24 }));
  ok(sys.rtnl({ op: "setlink", ifindex: v0, up: true }));
  await sys.write(wr, "g");
  return pid;
}

describe("network namespaces", () => {
  it("start with lo down; the initial one has lo up with 127.0.0.1", async () => {
    const r = await asInit(async (sys) => {
      const host = sys.rtnl({ op: "getaddr" });
      sys.unshare(CLONE_NEWNET);
      const links = sys.rtnl({ op: "getlink" });
      return { host, links };
    });
    expect("addrs" in r.host && r.host.addrs.map((a) => a.local)).toEqual(["127.0.0.1", "::1"]);
    expect("links" in r.links && r.links.links.map((l) => [l.name, l.operstate])).toEqual([["lo", "DOWN"]]);
  });

  it("answers ICMP echo across a veth pair, and a TCP connection carries bytes both ways", async () => {
    const r = await asInit(async (sys) => {
      let got = "";
      const enc = (s: string) => new TextEncoder().encode(s);
      const pid = await pair(sys, async (c) => {
        const v1 = ifindex(c, "v1");
        ok(c.rtnl({ op: "newaddr", ifindex: v1, family: 4, local: "10.0.0.2", prefixlen: 24 }));
        ok(c.rtnl({ op: "setlink", ifindex: v1, up: true }));
        const l = c.socket(AF_INET, SOCK_STREAM, 0);
        c.bind(l, { family: AF_INET, addr: "0.0.0.0", port: 80 });
        c.listen(l, 5);
        const { fd } = await c.accept(l, 0);
        got = new TextDecoder().decode(await c.read(fd, 100));
        await c.write(fd, "pong");
        c.close(fd);
        return 0;
      });
      // Wait until the child is listening.
      for (let i = 0; i < 100 && !sys.sock_list().length; i++) await sys.nanosleep(1e6);
      const icmp = sys.socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP);
      const echo = new Uint8Array(16);
      echo[0] = 8;
      echo[7] = 1;
      let reply = null as null | { type: number; ttl: number };
      for (let i = 0; i < 100 && !reply; i++) {
        await sys.sendto(icmp, echo, { family: AF_INET, addr: "10.0.0.2", port: 0 });
        const pr = await sys.poll([{ fd: icmp, events: 1 }], 50);
        if (pr[0]) {
          const d = await sys.recvfrom(icmp, 100);
          reply = { type: d.data[0]!, ttl: d.ttl };
        }
      }
      const s = sys.socket(AF_INET, SOCK_STREAM, 0);
      let refused = "";
      try {
        await sys.connect(s, { family: AF_INET, addr: "10.0.0.2", port: 81 });
      } catch (e) {
        refused = code(e);
      }
      const t = sys.socket(AF_INET, SOCK_STREAM, 0);
      await sys.connect(t, { family: AF_INET, addr: "10.0.0.2", port: 80 });
      await sys.write(t, enc("ping"));
      const back = new TextDecoder().decode(await sys.read(t, 100));
      await sys.wait4(pid, 0);
      return { reply, refused, back, got };
    });
    expect(r.reply).toEqual({ type: 0, ttl: 64 });
    expect(r.refused).toBe("ECONNREFUSED");
    expect(r).toMatchObject({ back: "pong", got: "ping" });
  });

  it("tears down a namespace's veth, peer included, when its last task leaves", async () => {
    const r = await asInit(async (sys) => {
      const [rd, wr] = sys.pipe2(0);
      const pid = sys.clone(CLONE_NEWNET, async (c) => (await c.read(rd, 1), 0));
      ok(sys.rtnl({ op: "newlink", name: "v0", kind: "veth", peer: { name: "v1", netns: { pid } } }));
      const before = "links" in sys.rtnl({ op: "getlink" });
      await sys.write(wr, "x");
      await sys.wait4(pid, 0);
      const after = sys.rtnl({ op: "getlink" });
      return { before, names: "links" in after ? after.links.map((l) => l.name) : [] };
    });
    expect(r.before).toBe(true);
    expect(r.names).toEqual(["lo"]);
  });

  it("forwards between namespaces only with ip_forward on, one TTL per router", async () => {
    const r = await asInit(async (sys, init) => {
      // a (10.1.0.2) -- router (10.1.0.1 | 10.2.0.1) -- b (10.2.0.2), all made here by rtnl.
      const host = netNs(init());
      const mk = (): number => {
        const [rd, wr] = sys.pipe2(0);
        const pid = sys.clone(CLONE_NEWNET, async (c) => (await c.read(rd, 1), 0));
        void wr;
        return pid;
      };
      const a = mk();
      const b = mk();
      ok(sys.rtnl({ op: "newlink", name: "ra", kind: "veth", peer: { name: "eth0", netns: { pid: a } } }));
      ok(sys.rtnl({ op: "newlink", name: "rb", kind: "veth", peer: { name: "eth0", netns: { pid: b } } }));
      for (const [dev, ip] of [["ra", "10.1.0.1"], ["rb", "10.2.0.1"]] as const) {
        ok(sys.rtnl({ op: "newaddr", ifindex: ifindex(sys, dev), family: 4, local: ip, prefixlen: 24 }));
        ok(sys.rtnl({ op: "setlink", ifindex: ifindex(sys, dev), up: true }));
      }
      const nsA = netNs(init().kernel.findTask(a, init().pidNs)!);
      const nsB = netNs(init().kernel.findTask(b, init().pidNs)!);
      for (const [ns, ip, gw] of [[nsA, "10.1.0.2", "10.1.0.1"], [nsB, "10.2.0.2", "10.2.0.1"]] as const) {
        const eth = ns.deviceByName("eth0")!;
        eth.addrs.push({ family: 4, v4: parseIPv4(ip)!, v6: null, prefixlen: 24, scope: "global", broadcast: null, label: "eth0", auto: "none", secondary: false });
        eth.flags |= 1;
        ns.routes.push({ dst: 0, prefixlen: 0, dev: eth, gateway: parseIPv4(gw), proto: "boot", scope: "global", src: null, metric: 0 });
      }
      const off = ipReach(nsA, parseIPv4("10.2.0.2")!);
      host.ipForward = true;
      const on = ipReach(nsA, parseIPv4("10.2.0.2")!);
      return { off: off.ok, on: on.ok ? { same: on.ns === nsB, hops: on.hops } : null };
    });
    expect(r.off).toBe(false);
    expect(r.on).toEqual({ same: true, hops: 1 });
  });

  it("connects AF_UNIX stream sockets through a socket file", async () => {
    const r = await asInit(async (sys) => {
      const srv = sys.socket(AF_UNIX, SOCK_STREAM, 0);
      let err = "";
      try {
        const x = sys.socket(AF_UNIX, SOCK_STREAM, 0);
        await sys.connect(x, { family: AF_UNIX, path: "\0nobody" });
      } catch (e) {
        err = code(e);
      }
      sys.bind(srv, { family: AF_UNIX, path: "\0vlab-test" });
      sys.listen(srv, 1);
      const cli = sys.socket(AF_UNIX, SOCK_STREAM, 0);
      await sys.connect(cli, { family: AF_UNIX, path: "\0vlab-test" });
      const { fd } = await sys.accept(srv, 0);
      await sys.write(cli, "hello");
      sys.shutdown(cli, 1);
      const a = new TextDecoder().decode(await sys.read(fd, 100));
      const eof = (await sys.read(fd, 100)).length;
      return { err, a, eof };
    });
    expect(r).toEqual({ err: "ECONNREFUSED", a: "hello", eof: 0 });
  });
});
