// AF_INET sockets (filled in with the TCP/UDP code).

export interface InetSocket {
  /** Abort the socket: the namespace it lives in is going away. */
  reset(): void;
}
