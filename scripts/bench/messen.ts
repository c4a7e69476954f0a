/**
 * Startet einen Befehl und misst Wandzeit und Spitzenspeicher. Der Speicher ist
 * die Summe über alle Prozesse des Baums (Node, der Pagefind-Binärprozess;
 * Worker zählen im Node-Prozess mit), alle 100 ms aus /proc gelesen: der
 * anonyme Speicher anteilig (Pss_Anon), Dateiseiten ganz. Anteilig, weil ein
 * frisch gestarteter Kindprozess bis zu seinem exec die Seiten des
 * Elternprozesses teilt: Eine RSS-Summe zählte sie doppelt. GNU time (`%M`) sähe nur den größten Einzelprozess.
 * Ohne /proc (macOS) fehlt der Speicher in der Ausgabe.
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface Messung {
  sekunden: number;
  /** Spitze der PSS-Summe des Prozessbaums in MB; undefined ohne /proc. */
  spitzeMb: number | undefined;
  /** Verlauf: [Sekunden seit Start, MB], einmal je Sekunde, für Speicherprofile. */
  verlauf: [number, number][];
  /** Jede Zeile der Standardausgabe mit der Sekunde ihres Eintreffens (ohne Farbcodes). */
  zeilen: [number, string][];
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Eltern-PID je PID aus /proc/<pid>/stat (Feld 4; der Name in Klammern kann Leerzeichen enthalten). */
function elternJePid(): Map<number, number> {
  const karte = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const nachName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      karte.set(Number(name), Number(nachName[1]));
    } catch {
      // Prozess ist inzwischen beendet.
    }
  }
  return karte;
}

function pssKb(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const feld = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(rollup)?.[1] ?? 0);
    // Anonymer Speicher (Heaps) anteilig, Dateiseiten (Programmcode) ganz: Andere Node-Prozesse
    // auf dem Rechner teilen sich den Code von node, das soll die Messung nicht kleiner machen.
    return feld('Pss_Anon') + feld('Rss') - feld('Anonymous');
  } catch {
    try {
      // Ältere Kernel ohne smaps_rollup: dann RSS.
      return Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return 0;
    }
  }
}

/** PSS-Summe in KB von `wurzel` und allen Nachkommen. */
export function baumSpeicherKb(wurzel: number): number {
  const eltern = elternJePid();
  const kinder = new Map<number, number[]>();
  for (const [pid, ppid] of eltern) kinder.set(ppid, [...(kinder.get(ppid) ?? []), pid]);
  let summe = 0;
  const offen = [wurzel];
  while (offen.length) {
    const pid = offen.pop()!;
    summe += pssKb(pid);
    offen.push(...(kinder.get(pid) ?? []));
  }
  return summe;
}

/** Führt `befehl` aus und misst; die Ausgabe wird gesammelt (für die Phasen im Protokoll). */
export function miss(befehl: string, argumente: string[], optionen: SpawnOptions = {}): Promise<Messung> {
  const mitProc = existsSync('/proc/self/status');
  return new Promise((aufloesen, ablehnen) => {
    const start = performance.now();
    const kind = spawn(befehl, argumente, { ...optionen, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const zeilen: [number, string][] = [];
    let rest = '';
    kind.stdout!.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      const sekunde = (performance.now() - start) / 1000;
      const teile = (rest + d).split('\n');
      rest = teile.pop()!;
      for (const zeile of teile) zeilen.push([sekunde, zeile.replace(/\x1b\[[0-9;]*m/g, '')]);
    });
    kind.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let spitzeKb = 0;
    const verlauf: [number, number][] = [];
    let letzteSekunde = -1;
    const takt = mitProc
      ? setInterval(() => {
          if (kind.pid === undefined) return;
          const kb = baumSpeicherKb(kind.pid);
          spitzeKb = Math.max(spitzeKb, kb);
          const sekunde = Math.floor((performance.now() - start) / 1000);
          if (sekunde !== letzteSekunde) {
            letzteSekunde = sekunde;
            verlauf.push([sekunde, Math.round(kb / 1024)]);
          }
        }, 100)
      : undefined;
    kind.on('error', (fehler) => {
      clearInterval(takt);
      ablehnen(fehler);
    });
    kind.on('close', (status) => {
      clearInterval(takt);
      aufloesen({
        sekunden: (performance.now() - start) / 1000,
        spitzeMb: mitProc ? Math.round(spitzeKb / 1024) : undefined,
        verlauf,
        zeilen,
        status,
        stdout,
        stderr,
      });
    });
  });
}
