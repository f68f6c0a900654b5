/**
 * Can this browser draw the map at all? Only the cheap question is asked up front (is there a WebGL API?):
 * creating a throwaway WebGL context to find out cost ~0.5 s in software rendering. Where the API exists
 * but a context cannot be made, MapLibre fails to start and the app falls back to the list (see app.tsx).
 */
export function hasWebGLApi(): boolean {
  return (
    typeof window !== 'undefined' && ('WebGL2RenderingContext' in window || 'WebGLRenderingContext' in window)
  );
}
