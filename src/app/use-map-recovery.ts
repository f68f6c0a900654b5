/**
 * What keeps the reader's page working when the map does not: why the map is missing (no WebGL, a map that
 * could not start or stopped), and a remount after a lost WebGL context that brings the map back with the
 * camera it had. The year, layers and place survive on their own: they live in the URL, not in the map.
 */
import { useCallback, useState } from 'react';
import type { Camera } from '../map/use-map-loaded.ts';
import { say, type Message } from '../i18n/message.ts';
import { hasWebGLApi } from '../map/webgl.ts';

const WEBGL = hasWebGLApi();

/** Why the map is missing, as a message the page says in the reader's language, with the technical detail. */
export type MapProblem = Message;

export function useMapRecovery() {
  const [mapProblem, setMapProblem] = useState<MapProblem | null>(WEBGL ? null : say('map.noWebgl'));
  const [mapKey, setMapKey] = useState(0);
  const [restoreCamera, setRestoreCamera] = useState<Camera | null>(null);
  const onContextLost = useCallback((camera: Camera) => {
    setRestoreCamera(camera);
    // A new key remounts the map once the lost context's handlers have returned.
    setTimeout(() => setMapKey((k) => k + 1), 50);
  }, []);
  const onStartFailure = useCallback(
    (reason: Message) => setMapProblem(say('map.couldNotStart', { reason })),
    [],
  );
  const onMapStopped = useCallback(
    (error: Error) => setMapProblem(say('map.stopped', { reason: error.message })),
    [],
  );
  return { mapProblem, mapKey, restoreCamera, onContextLost, onStartFailure, onMapStopped };
}
