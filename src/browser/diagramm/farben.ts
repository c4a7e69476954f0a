/**
 * Übersetzt die Farben der Website (CSS-Variablen --farbe-*) in Mermaids
 * `themeVariables`, damit Diagramme in hellem und dunklem Schema zum Design
 * passen. Mermaid rechnet mit den Farben (aufhellen, abdunkeln); es versteht
 * nur konkrete sRGB-Werte, keine var(), oklch() oder light-dark().
 */

/** Die Farben der Website, die ein Diagramm braucht (Namen ohne „--farbe-“). */
export const SITE_FARBEN = [
  'text',
  'text-leise',
  'hintergrund',
  'flaeche',
  'rand',
  'akzent',
  'akzent-text',
  'link',
  'fokus',
] as const;

export type SiteFarbe = (typeof SITE_FARBEN)[number];
export type Palette = Record<SiteFarbe, string>;

/** Zuordnung der Site-Farben zu Mermaids Themenvariablen (Thema „base“). */
export function themenVariablen(p: Palette, dunkel: boolean, schrift: string): Record<string, string | boolean> {
  return {
    darkMode: dunkel,
    fontFamily: schrift,
    fontSize: '16px',
    background: p.hintergrund,
    textColor: p.text,
    titleColor: p.text,
    lineColor: p['text-leise'],
    arrowheadColor: p['text-leise'],
    // Knoten: ruhige Fläche mit Akzentrand, Text in Textfarbe.
    primaryColor: p.flaeche,
    primaryTextColor: p.text,
    primaryBorderColor: p.akzent,
    mainBkg: p.flaeche,
    nodeBorder: p.akzent,
    nodeTextColor: p.text,
    secondaryColor: p.hintergrund,
    secondaryTextColor: p.text,
    secondaryBorderColor: p.rand,
    tertiaryColor: p.hintergrund,
    tertiaryTextColor: p.text,
    tertiaryBorderColor: p.rand,
    clusterBkg: p.hintergrund,
    clusterBorder: p.rand,
    edgeLabelBackground: p.hintergrund,
    defaultLinkColor: p['text-leise'],
    // Sequenzdiagramme
    actorBkg: p.flaeche,
    actorBorder: p.akzent,
    actorTextColor: p.text,
    actorLineColor: p['text-leise'],
    signalColor: p.text,
    signalTextColor: p.text,
    labelBoxBkgColor: p.flaeche,
    labelBoxBorderColor: p.rand,
    labelTextColor: p.text,
    loopTextColor: p.text,
    noteBkgColor: p.hintergrund,
    noteTextColor: p.text,
    noteBorderColor: p.rand,
    activationBkgColor: p.flaeche,
    activationBorderColor: p.akzent,
    sequenceNumberColor: p['akzent-text'],
    // Zustandsdiagramme
    stateBkg: p.flaeche,
    stateLabelColor: p.text,
    labelColor: p.text,
    transitionColor: p['text-leise'],
    transitionLabelColor: p.text,
    compositeBackground: p.hintergrund,
    compositeTitleBackground: p.flaeche,
    compositeBorder: p.rand,
    altBackground: p.flaeche,
    specialStateColor: p.text,
    innerEndBackground: p.text,
    labelBackgroundColor: p.hintergrund,
    errorBkgColor: p.hintergrund,
    errorTextColor: p.fokus,
  };
}

let leinwand: CanvasRenderingContext2D | null | undefined;

/**
 * Rechnet eine beliebige CSS-Farbe in #rrggbb um, indem sie auf ein Pixel
 * gemalt und zurückgelesen wird. So kommen auch oklch() und color-mix() als
 * sRGB heraus.
 */
function alsHex(farbe: string): string {
  leinwand ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', {
    willReadFrequently: true,
  });
  if (!leinwand) return farbe;
  leinwand.clearRect(0, 0, 1, 1);
  leinwand.fillStyle = '#000';
  leinwand.fillStyle = farbe;
  leinwand.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0] = leinwand.getImageData(0, 0, 1, 1).data;
  return `#${[r, g, b].map((wert) => wert.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Liest die aktuellen Site-Farben aus dem Dokument. Ein unsichtbares Element
 * löst var(), light-dark() usw. auf; das Canvas macht daraus Hex-Werte.
 */
export function lesePalette(wurzel: HTMLElement = document.body): Palette {
  const sonde = document.createElement('span');
  sonde.hidden = true;
  wurzel.append(sonde);
  try {
    const palette = {} as Palette;
    for (const name of SITE_FARBEN) {
      sonde.style.color = `var(--farbe-${name})`;
      palette[name] = alsHex(getComputedStyle(sonde).color);
    }
    return palette;
  } finally {
    sonde.remove();
  }
}
