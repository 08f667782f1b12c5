import { describe, expect, it } from "vitest";
import { runScript } from "../../host/index.ts";
import { decode } from "../lib/text.ts";
import { capToText } from "./cap_text.ts";

const ALL = (1n << 41n) - 1n;

// Expected text recorded from libcap 2.66 (libcap2-bin) on Debian 12.
describe("cap_to_text", () => {
  it("writes libcap's forms", () => {
    const bnd = ALL;
    expect(capToText({ eff: ALL, prm: ALL, inh: 0n, bnd, amb: 0n })).toBe("=ep");
    expect(capToText({ eff: 0n, prm: 0n, inh: 0n, bnd, amb: 0n })).toBe("=");
    const nr = 1n << 13n, res = 1n << 24n;
    expect(capToText({ eff: nr, prm: nr, inh: nr | 1n, bnd, amb: nr })).toBe("cap_net_raw=eip cap_chown+i");
    expect(capToText({ eff: ALL & ~res, prm: ALL & ~res, inh: nr, bnd, amb: 0n })).toBe("=ep cap_net_raw+i cap_sys_resource-ep");
  });
});

describe("getpcaps and capsh", () => {
  it("prints the sets of processes", async () => {
    const r = await runScript({ script: "getpcaps 1; getpcaps --iab 1; getpcaps x 999999; echo $?; setpriv --reuid=1000 sh -c 'getpcaps $$' | cut -d' ' -f2\n" });
    expect(decode(r.output)).toBe('1: =ep\n1: "=ep" []\nCannot parse pid x: (Invalid argument)\nFailed to get cap\'s for process 999999: (No such process)\n1\n=\n');
  });
  it("capsh --print", async () => {
    const r = await runScript({ script: "setpriv --reuid=1000 capsh --print | sed -n '1p;3,4p;10,13p'\n" });
    expect(decode(r.output)).toBe(
      "Current: =\nAmbient set =\nCurrent IAB: \nuid=1000(student) euid=1000(student)\ngid=0(root)\ngroups=\nGuessed mode: HYBRID (4)\n",
    );
  });
});
