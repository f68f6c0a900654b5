/**
 * The map's buttons at its top left: zoom in, zoom out (MapLibre's own classes, so its icons), and under them
 * one that brings back the first view, all of Kazakhstan, for a reader who has panned or zoomed away. Ours
 * rather than MapLibre's NavigationControl because that one names its buttons once, in English, when it is
 * added; these are named in the reader's language and renamed when the language changes. Built with DOM
 * calls (no HTML strings), as MapLibre's own controls are.
 */
import type { IControl, Map as MaplibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useControl } from 'react-map-gl/maplibre';
import { FIRST_VIEW } from '../basemap/basemap-style.ts';
import { moveDuration } from './camera-moves.ts';

/** The SVG XML namespace: a name that createElementNS needs, never fetched. */
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

export interface MapButtonLabels {
  zoomIn: string;
  zoomOut: string;
  fit: string;
}

type ButtonName = keyof MapButtonLabels;

/** Four corners of a frame. */
function frameIcon(): SVGSVGElement {
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
  return icon;
}

class MapButtons implements IControl {
  private container: HTMLElement | null = null;
  private buttons: Partial<Record<ButtonName, HTMLButtonElement>> = {};
  private labels: MapButtonLabels = { zoomIn: '', zoomOut: '', fit: '' };
  private map: MaplibreMap | null = null;

  /** Each button's name, in the reader's language: said again whenever the language changes. */
  setLabels(labels: MapButtonLabels): void {
    this.labels = labels;
    for (const [name, button] of Object.entries(this.buttons)) {
      button.title = labels[name as ButtonName];
      button.setAttribute('aria-label', labels[name as ButtonName]);
    }
  }

  /** As MapLibre's own: a button that can zoom no further is disabled. */
  private readonly updateZoomButtons = () => {
    const map = this.map;
    if (!map) return;
    const zoom = map.getZoom();
    this.buttons.zoomIn!.disabled = zoom >= map.getMaxZoom();
    this.buttons.zoomOut!.disabled = zoom <= map.getMinZoom();
  };

  private button(group: HTMLElement, name: ButtonName, className: string, onClick: (e: MouseEvent) => void) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = className;
    button.addEventListener('click', onClick);
    group.append(button);
    this.buttons[name] = button;
    return button;
  }

  onAdd(map: MaplibreMap): HTMLElement {
    this.map = map;
    const wrapper = document.createElement('div');
    const zoom = document.createElement('div');
    zoom.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    for (const [name, direction] of [
      ['zoomIn', 'in'],
      ['zoomOut', 'out'],
    ] as const) {
      const button = this.button(zoom, name, `maplibregl-ctrl-zoom-${direction}`, (e) =>
        direction === 'in' ? map.zoomIn({}, { originalEvent: e }) : map.zoomOut({}, { originalEvent: e }),
      );
      const icon = document.createElement('span');
      icon.className = 'maplibregl-ctrl-icon';
      icon.setAttribute('aria-hidden', 'true');
      button.append(icon);
    }
    const fit = document.createElement('div');
    fit.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    this.button(fit, 'fit', 'fit-kazakhstan', () =>
      map.fitBounds(FIRST_VIEW.bounds, { ...FIRST_VIEW.fitBoundsOptions, duration: moveDuration(600) }),
    ).append(frameIcon());
    wrapper.append(zoom, fit);
    this.container = wrapper;
    this.setLabels(this.labels);
    map.on('zoom', this.updateZoomButtons);
    this.updateZoomButtons();
    return wrapper;
  }

  onRemove(): void {
    this.map?.off('zoom', this.updateZoomButtons);
    this.map = null;
    this.container?.remove();
    this.container = null;
    this.buttons = {};
  }
}

export function MapButtonsControl({ labels }: { labels: MapButtonLabels }) {
  const control = useControl(() => new MapButtons(), { position: 'top-left' });
  useEffect(() => control.setLabels(labels), [control, labels]);
  return null;
}
