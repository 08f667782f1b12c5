import { describe, expect, it } from "vitest";
import { runScript } from "../../host/index.ts";
import { decode } from "../lib/text.ts";

// Expected output recorded from Debian 12's hostname 3.23 (the kernel's initial value is "(none)").
describe("domainname", () => {
  it("prints, sets, and refuses without root", async () => {
    const r = await runScript({
      script: `domainname; domainname lab.example; domainname; domainname -V; domainname a b 2>/dev/null; echo $?; setpriv --reuid=1000 domainname x; echo $?\n`,
    });
    expect(decode(r.output)).toBe("(none)\nlab.example\nhostname 3.23\n255\ndomainname: you must be root to change the domain name\n1\n");
  });
});
