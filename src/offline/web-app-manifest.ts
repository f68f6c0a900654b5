/** The web app manifest (manifest.webmanifest) that makes the map installable: its name, icons and colours. */
export const WEB_APP_MANIFEST = {
  name: 'Steppe Sources',
  short_name: 'Steppe Sources',
  description:
    'An offline map of political violence and protest in Kazakhstan in which every dot leads back to the words of a source.',
  start_url: './',
  scope: './',
  display: 'standalone' as const,
  background_color: '#ffffff',
  theme_color: '#16404d',
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
