/** Datumsangaben lesbar auf Deutsch: „2026-05-01“ → „1. Mai 2026“. */
const format = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatiereDatum(iso: string): string {
  return format.format(new Date(`${iso}T00:00:00Z`));
}
