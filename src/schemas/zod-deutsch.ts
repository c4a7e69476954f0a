/**
 * Zod meldet Fehler, für die ein Schema keinen eigenen Text hat, auf Deutsch.
 * Das gilt auch für Astros eigene Prüfung der Sammlungen, die dieselbe
 * Zod-Instanz nutzt.
 */
import { z } from 'astro/zod';

z.config(z.locales.de());
