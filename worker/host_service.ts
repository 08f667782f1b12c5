// HostService: everything the page may ask of the machine, one object. The worker exposes it
// through comlink (worker/main.ts); tests use it in-process, the same interface either way (as
// v86 keeps one bus between devices and UI). Methods never make the caller wait on the kernel
// except where the answer is the point (inspect, save, export).

import { Host, RootImageError, type BootOptions } from "../kernel-sim/host/index.ts";
import type { PtyEndpoint } from "../kernel-sim/kernel/tty/pty.ts";
import { decodeDisk, DiskFormatError } from "./disk_format.ts";
import { bootFromDisk, serializeDisk } from "./disk_image.ts";
import type { DiskLock } from "./disk_lock.ts";
import { DiskSaver, type SaveResult } from "./disk_saver.ts";
import type { DiskStore } from "./disk_store.ts";
import { inspect, readAsInit } from "./inspect.ts";
import type { Snapshot } from "./inspect_types.ts";
import { OutputBatcher } from "./output_batcher.ts";
import { OutputFlow } from "./output_flow.ts";
import { bootLine, shellExitedLine, type BootMessage, type Lang } from "./boot_messages.ts";

export type { SaveResult } from "./disk_saver.ts";

export interface BootReport {
  /** fresh: no saved disk; restored: booted from it; corrupt: it could not be read (a fresh disk runs, unsaved). */
  disk: "fresh" | "restored" | "corrupt";
  /** The browser lets the page keep data (IndexedDB). False: nothing is saved, in any tab. */
  storage: boolean;
  /** This tab owns the saved disk (saves go to IndexedDB). False: another tab has it open, or no storage. */
  owner: boolean;
  /** Why the saved disk could not be read (disk === "corrupt"). */
  corruptReason?: string;
  savedAt?: number;
  /** What the first terminal says before the login prompt (in the page's language: boot_messages.ts). */
  log: BootMessage[];
  bootMs: number;
  /** Where the worker's start went, in ms of the worker's clock (performance.now()): for tests/bench/web_trace.ts. */
  timeline: { origin: number; start: number; booted: number; ready: number; terminal?: number; output?: number };
}

export interface HostServiceOptions {
  /** null: no persistence (tests, or IndexedDB unavailable). */
  store: DiskStore | null;
  lock: DiskLock;
  boot?: BootOptions;
  saveDelayMs?: number;
}

const enc = new TextEncoder();

interface Terminal {
  /** The pty's master side; after the shell exited, a stand-in that waits for Enter. */
  endpoint: PtyEndpoint;
  /** Output towards the page (batched; counted by flow when the page acknowledges it). */
  send: (b: Uint8Array) => void;
  flow: OutputFlow | null;
  /** The size the page last set (a new login after an exit starts with it). */
  rows: number;
  cols: number;
}

export class HostService {
  private readonly terminals = new Map<number, Terminal>();
  private nextId = 1;
  private logShown = false;
  private corruptBytes: Uint8Array | null = null;

  private constructor(
    readonly host: Host,
    readonly boot: BootReport,
    private readonly store: DiskStore | null,
    private readonly saver: DiskSaver | null,
  ) {}

  static async start(o: HostServiceOptions): Promise<HostService> {
    const t0 = performance.now();
    const owner = o.store ? await o.lock.acquire() : false;
    const log: BootMessage[] = [];
    const report: BootReport = { disk: "fresh", storage: o.store !== null, owner, log, bootMs: 0, timeline: { origin: performance.timeOrigin, start: t0, booted: 0, ready: 0 } };
    let corruptBytes: Uint8Array | null = null;
    const loaded = o.store ? await o.store.load().catch((e: unknown) => ({ kind: "corrupt" as const, reason: `IndexedDB: ${String(e)}`, bytes: null })) : { kind: "none" as const };
    const boot: BootOptions = { clock: "real", ...o.boot };
    let host: Host | null = null;
    if (loaded.kind === "ok") {
      // The machine boots from the saved disk; one that cannot be read boots fresh instead.
      try {
        const r = await bootFromDisk(loaded.bytes, boot);
        host = r.host;
        report.disk = "restored";
        report.savedAt = r.report.savedAt;
        log.push({ key: "restored", files: r.report.files, bytes: r.report.bytes, savedAt: r.report.savedAt });
        if (r.report.added.length > 0) log.push({ key: "installed", programs: r.report.added });
      } catch (e) {
        if (!(e instanceof DiskFormatError) && !(e instanceof RootImageError)) throw e;
        report.disk = "corrupt";
        report.corruptReason = e.message;
        corruptBytes = loaded.bytes;
      }
    } else if (loaded.kind === "corrupt") {
      report.disk = "corrupt";
      report.corruptReason = loaded.reason;
      corruptBytes = loaded.bytes;
    } else log.push({ key: "fresh" });
    host ??= await Host.boot(boot);
    report.timeline.booted = performance.now();
    if (report.disk === "corrupt") log.push({ key: "corrupt", reason: report.corruptReason ?? "" });
    if (o.store && !owner) log.push({ key: "notOwner" });
    if (!o.store) log.push({ key: "noStorage" });
    let saver: DiskSaver | null = null;
    if (o.store) {
      saver = new DiskSaver(host, o.store, o.saveDelayMs);
      saver.enabled = owner && report.disk !== "corrupt";
      saver.markClean();
    }
    report.bootMs = performance.now() - t0;
    report.timeline.ready = performance.now();
    const s = new HostService(host, report, o.store, saver);
    s.corruptBytes = corruptBytes;
    // The other tab's disk is newer than this tab's copy, so taking over must not save this
    // one over it: the page offers a reload (a reboot from the saved disk) instead.
    if (o.store && !owner) o.lock.whenFree(() => s.ownerFreed());
    return s;
  }

  /**
   * Open a terminal with a login shell; output arrives in batches through onOutput. With acks,
   * the caller reports each batch once drawn (outputDrawn) and writers wait while the screen is
   * behind (output_flow.ts); without, output is never held back (tests, a consumer that keeps up).
   */
  openTerminal(onOutput: (bytes: Uint8Array) => void, rows = 24, cols = 80, acks = false, lang: Lang = "en"): number {
    const id = this.nextId++;
    const tl = this.boot.timeline;
    tl.terminal ??= performance.now();
    const batcher = new OutputBatcher(
      tl.output === undefined
        ? (b) => {
            tl.output ??= performance.now();
            onOutput(b);
          }
        : onOutput,
    );
    const flow = acks
      ? new OutputFlow(
          () => this.terminals.get(id)?.endpoint.pauseOutput(),
          () => this.terminals.get(id)?.endpoint.resumeOutput(),
        )
      : null;
    const send = (b: Uint8Array): void => {
      batcher.push(b);
      flow?.wrote(b.length);
    };
    if (!this.logShown && this.boot.log.length > 0) {
      this.logShown = true;
      send(enc.encode(this.boot.log.map((m) => `\x1b[2m${bootLine(m, lang)}\x1b[0m\r\n`).join("")));
    }
    this.login(id, send, flow, rows, cols, lang);
    return id;
  }

  /** The page has drawn n bytes of terminal id's output (openTerminal with acks). */
  outputDrawn(id: number, n: number): void {
    this.terminals.get(id)?.flow?.drew(n);
  }

  /**
   * Start a login shell on a new pty for terminal id. When it exits the terminal says so and
   * the next Enter logs in again (as a getty would), with the terminal's size at that time.
   */
  private login(id: number, send: (b: Uint8Array) => void, flow: OutputFlow | null, rows: number, cols: number, lang: Lang): void {
    const { endpoint, exited } = this.host.openTerminal(
      (b) => {
        send(b);
        this.saver?.poke();
      },
      { rows, cols },
    );
    if (flow?.paused) endpoint.pauseOutput();
    const term: Terminal = { endpoint, send, flow, rows, cols };
    this.terminals.set(id, term);
    void exited.then((status) => {
      if (this.terminals.get(id) !== term) return; // closed by the page
      send(enc.encode(`\r\n\x1b[2m${shellExitedLine(status, lang)}\x1b[0m\r\n`));
      this.saver?.poke();
      term.endpoint = {
        index: endpoint.index,
        tty: endpoint.tty,
        write: (b) => {
          if (b.includes(13) && this.terminals.get(id) === term) this.login(id, send, flow, term.rows, term.cols, lang);
        },
        resize: (r, c) => {
          term.rows = r;
          term.cols = c;
        },
        close: () => endpoint.close(),
        pauseOutput: () => {},
        resumeOutput: () => {},
      };
    });
  }

  write(id: number, data: string | Uint8Array): void {
    const t = this.terminals.get(id);
    if (!t) return;
    const bytes = typeof data === "string" ? enc.encode(data) : data;
    t.endpoint.write(bytes);
    if (bytes.includes(13)) this.saver?.poke();
  }

  resize(id: number, rows: number, cols: number): void {
    const t = this.terminals.get(id);
    if (!t) return;
    t.rows = rows;
    t.cols = cols;
    t.endpoint.resize(rows, cols);
  }

  closeTerminal(id: number): void {
    const t = this.terminals.get(id);
    if (!t) return;
    this.terminals.delete(id);
    t.endpoint.close();
  }

  inspect(): Promise<Snapshot> {
    return inspect(this.host);
  }

  /** /proc/PID/status as the machine prints it (null: no such process). */
  processStatus(pid: number): Promise<string | null> {
    return readAsInit(this.host, `/proc/${pid}/status`);
  }

  /** Save now if the disk changed (the page calls this when it is hidden). */
  save(): Promise<SaveResult> {
    return this.saver?.saveNow() ?? Promise.resolve({ saved: false, bytes: 0, ms: 0, reason: "no disk store" });
  }

  private freed = false;
  private onFreed: (() => void) | null = null;

  private ownerFreed(): void {
    this.freed = true;
    this.onFreed?.();
  }

  /** cb runs once the tab that owned the disk has closed (at once if it already has). */
  watchOwner(cb: () => void): void {
    this.onFreed = cb;
    if (this.freed) cb();
  }

  /** Call cb after every save that wrote the disk, or failed to (the page shows which). */
  watchSaves(cb: (r: SaveResult) => void): void {
    if (this.saver) this.saver.onSaved = cb;
  }

  /** The running machine's disk as one file. */
  exportDisk(): Uint8Array {
    return serializeDisk(this.host);
  }

  /** The saved disk that could not be read, as it is in IndexedDB (for the user to keep). */
  exportSavedDisk(): Uint8Array | null {
    return this.corruptBytes;
  }

  /** Make an exported disk the saved one; the page reloads to boot from it. Throws DiskFormatError. */
  async importDisk(bytes: Uint8Array): Promise<void> {
    if (!this.store || !this.boot.owner) throw new Error("the disk is open in another tab");
    decodeDisk(bytes);
    if (this.saver) this.saver.enabled = false;
    if (this.corruptBytes) await this.store.quarantine(this.corruptBytes);
    await this.store.save(bytes);
  }

  /** Forget the saved disk; the page reloads to a fresh machine. */
  async resetDisk(): Promise<void> {
    if (!this.store || !this.boot.owner) throw new Error("the disk is open in another tab");
    if (this.saver) this.saver.enabled = false;
    if (this.corruptBytes) await this.store.quarantine(this.corruptBytes);
    else await this.store.reset();
  }

  /** After a corrupt disk: keep it aside (broken:<time>) and save this session's disk from now on. */
  async startFresh(): Promise<void> {
    if (!this.store || !this.boot.owner) return;
    await this.store.quarantine(this.corruptBytes);
    this.corruptBytes = null;
    this.boot.disk = "fresh";
    if (this.saver) {
      this.saver.enabled = true;
      await this.saver.saveNow(true);
    }
  }
}
