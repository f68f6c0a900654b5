/** A file dropped anywhere on the stage is imported, as if chosen with "Add data"; the stage says it will take it. */
import { useState, type DragEvent } from 'react';

export function useDropImport(importFile: (file: File) => void) {
  const [dropping, setDropping] = useState(false);
  const dropHandlers = {
    onDragOver: (e: DragEvent) => {
      if (!e.dataTransfer.types.includes('Files')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setDropping(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (e.currentTarget === e.target) setDropping(false);
    },
    onDrop: (e: DragEvent) => {
      const file = e.dataTransfer.files[0];
      setDropping(false);
      if (!file) return;
      e.preventDefault();
      importFile(file);
    },
  };
  return { dropping, dropHandlers };
}
