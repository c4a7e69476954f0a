/** Startet ein Skript des Projekts mit demselben Node wie die Tests und gibt Exit-Code und Ausgabe zurück. */
import { execFileSync } from 'node:child_process';
import { PROJEKT } from '../../werkzeuge/pruefen-lauf.ts';

export function starteSkript(skript: string, ...argumente: string[]): { code: number; ausgabe: string } {
  try {
    return {
      code: 0,
      ausgabe: execFileSync(process.execPath, [skript, ...argumente], { cwd: PROJEKT, encoding: 'utf8' }),
    };
  } catch (f) {
    const fehler = f as { status: number; stdout: string };
    return { code: fehler.status, ausgabe: fehler.stdout };
  }
}
