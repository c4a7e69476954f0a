/**
 * Zod prüft beim ersten Objektschema, ob es Code mit new Function() erzeugen
 * darf (schneller). Die CSP der Website verbietet das ('unsafe-eval' fehlt
 * absichtlich); schon der Versuch erzeugt einen CSP-Verstoß. „jitless“ lässt
 * Zod ohne diesen Versuch prüfen, mit denselben Schemas und Ergebnissen.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
