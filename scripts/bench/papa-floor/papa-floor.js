// The import floor: the chosen file handed to a new worker that reads it as text and parses it with
// papaparse's defaults, nothing else. The app's import does this and its own work; the bench compares them.
document.getElementById('file').addEventListener('change', (event) => {
  const file = event.target.files[0];
  const start = performance.now();
  const worker = new Worker('papa-worker.js');
  worker.onmessage = (e) => {
    window.__papa = { ms: performance.now() - start, rows: e.data };
    worker.terminate();
  };
  worker.postMessage(file);
});
