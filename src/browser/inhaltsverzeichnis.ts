/**
 * Markiert im Inhaltsverzeichnis den Abschnitt, der gerade gelesen wird
 * (aria-current="location", sichtbar über CSS). Gelesen wird der Abschnitt,
 * dessen Überschrift zuletzt über das obere Drittel des Fensters gerollt ist;
 * so wechselt die Markierung, wenn ein neuer Abschnitt oben ankommt, nicht erst,
 * wenn der alte ganz verschwunden ist.
 */
for (const toc of document.querySelectorAll<HTMLElement>('nav.toc')) {
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    links.set(decodeURIComponent(a.hash.slice(1)), a);
  }
  const ueberschriften = [...links.keys()]
    .map((id) => document.getElementById(id))
    .filter((h): h is HTMLElement => h !== null);
  if (ueberschriften.length === 0) continue;

  let aktuell: HTMLAnchorElement | undefined;
  const markiere = () => {
    const grenze = window.innerHeight / 3;
    // Die letzte Überschrift oberhalb der Grenze; vor der ersten: keine Markierung.
    let gelesen: HTMLElement | undefined;
    for (const h of ueberschriften) if (h.getBoundingClientRect().top <= grenze) gelesen = h;
    const link = gelesen && links.get(gelesen.id);
    if (link === aktuell) return;
    aktuell?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'location');
    aktuell = link;
  };

  // Beim Rollen höchstens einmal je Bild rechnen. Kein IntersectionObserver: Springt die Leserin weit (Pos1,
  // Sprunglink, Suche im Browser), kreuzt keine Überschrift die Grenze sichtbar, und er meldete nichts.
  let geplant = false;
  const planen = () => {
    if (geplant) return;
    geplant = true;
    requestAnimationFrame(() => {
      geplant = false;
      markiere();
    });
  };
  addEventListener('scroll', planen, { passive: true });
  addEventListener('resize', planen, { passive: true });
  markiere();
}
