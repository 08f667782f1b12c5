// The files backend of the resolver: /etc/hosts as glibc reads it (hosts(5)). vlab has no DNS,
// so this is all a name lookup gets; curl, nc, ping and hostname share it.

import type { Sys } from "./sys.ts";
import { readFileText } from "./input.ts";

/** One line of /etc/hosts: an address, its canonical name, then aliases. */
export interface HostsLine {
  addr: string;
  names: string[];
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Every line with an address and at least one name ("#" starts a comment); none if unreadable. */
export async function readHosts(sys: Sys): Promise<HostsLine[]> {
  const text = await readFileText(sys, "/etc/hosts").catch(() => "");
  const out: HostsLine[] = [];
  for (const raw of text.split("\n")) {
    const f = raw.replace(/#.*/, "").trim().split(/\s+/);
    if (f.length >= 2) out.push({ addr: f[0]!, names: f.slice(1) });
  }
  return out;
}

/** gethostbyname(name) for IPv4: a dotted quad is itself, else the first line naming it. */
export async function resolveIPv4(sys: Sys, name: string): Promise<string | null> {
  if (IPV4.test(name)) return name;
  return (await readHosts(sys)).find((l) => IPV4.test(l.addr) && l.names.includes(name))?.addr ?? null;
}
