// The kernel log ring buffer that dmesg reads (syslog(2)). Analogous to printk's log_buf.
// Each record keeps its time since boot, so dmesg prints "[    1.234567] message".

import type { Clock } from "./time/clock.ts";

/** Log levels (include/linux/kern_levels.h). */
export const KERN_ERR = 3;
export const KERN_WARNING = 4;
export const KERN_INFO = 6;

export interface LogRecord {
  timeNs: number;
  level: number;
  text: string;
}

/** CONFIG_LOG_BUF_SHIFT=17: 128 KiB of log; we keep that many records' worth of text. */
const LOG_BUF_LEN = 1 << 17;

export class KernelLog {
  readonly records: LogRecord[] = [];
  private bytes = 0;

  constructor(private readonly clock: Clock) {}

  printk(level: number, text: string): void {
    for (const line of text.split("\n")) {
      this.records.push({ timeNs: this.clock.now(), level, text: line });
      this.bytes += line.length + 1;
    }
    while (this.bytes > LOG_BUF_LEN && this.records.length > 1) this.bytes -= this.records.shift()!.text.length + 1;
  }

  /** syslog(SYSLOG_ACTION_READ_ALL) as text: "<level>[seconds.micros] text" lines, as the kernel formats them. */
  readAll(): string {
    let out = "";
    for (const r of this.records) {
      const us = Math.floor(r.timeNs / 1000);
      const sec = Math.floor(us / 1e6);
      const frac = String(us % 1e6).padStart(6, "0");
      out += `<${r.level}>[${String(sec).padStart(5, " ")}.${frac}] ${r.text}\n`;
    }
    return out;
  }
}
