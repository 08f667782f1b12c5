// The sockets of one network namespace: bound ports and listeners, looked up by the TCP/UDP
// code (Linux's inet_hashinfo and udp_table, per namespace by way of net_eq()).

import type { InetSocket } from "./inet.ts";

export class SocketTable {
  /** Every socket of this namespace that is bound, listening or connected. */
  readonly sockets = new Set<InetSocket>();
  /** The next ephemeral port (ip_local_port_range is 32768-60999). */
  nextEphemeral = 32768;

  closeAll(): void {
    for (const s of [...this.sockets]) s.reset();
    this.sockets.clear();
  }
}
