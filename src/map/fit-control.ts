/**
 * A map control under the zoom buttons that brings back the first view, all of Kazakhstan, for a reader who
 * has panned or zoomed away. Built with DOM calls (no HTML strings), as MapLibre's own controls are.
 */
import type { IControl, Map as MaplibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useControl } from 'react-map-gl/maplibre';
import { FIRST_VIEW } from './basemap-style.ts';
import { moveDuration } from './camera-moves.ts';

/** The SVG XML namespace: a name that createElementNS needs, never fetched. */
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

class FitControl implements IControl {
  private container: HTMLElement | null = null;
  private button: HTMLButtonElement | null = null;
  private label = '';

  /** The button's name, in the reader's language: said again whenever the language changes. */
  setLabel(label: string): void {
    this.label = label;
    this.button?.setAttribute('title', label);
    this.button?.setAttribute('aria-label', label);
  }

  onAdd(map: MaplibreMap): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'fit-kazakhstan';
    this.button = button;
    this.setLabel(this.label);
    // Four corners of a frame.
    const icon = document.createElementNS(SVG_NAMESPACE, 'svg');
    icon.setAttribute('viewBox', '0 0 16 16');
    icon.setAttribute('width', '16');
    icon.setAttribute('height', '16');
    icon.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS(SVG_NAMESPACE, 'path');
    path.setAttribute('d', 'M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4');
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '2');
    icon.append(path);
    button.append(icon);
    button.addEventListener('click', () => {
      map.fitBounds(FIRST_VIEW.bounds, { ...FIRST_VIEW.fitBoundsOptions, duration: moveDuration(600) });
    });
    container.append(button);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
    this.button = null;
  }
}

export function FitKazakhstanControl({ label }: { label: string }) {
  const control = useControl(() => new FitControl(), { position: 'top-left' });
  useEffect(() => control.setLabel(label), [control, label]);
  return null;
}
