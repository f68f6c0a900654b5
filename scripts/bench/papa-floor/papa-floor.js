/* global Papa */
// The import floors, each timed from the file input's change to the rows being parsed:
// - #file: papaparse's own way of parsing in a worker (`worker: true`), the rows handed to the page, as the
//   app's import hands its events to the page;
// - #file-bare: a new worker that reads the file as text and parses it with papaparse, handing back nothing.
document.getElementById('file').addEventListener('change', (event) => {
  const start = performance.now();
  Papa.parse(event.target.files[0], {
    worker: true,
    complete: (results) => (window.__papa = { ms: performance.now() - start, rows: results.data.length }),
  });
});
document.getElementById('file-bare').addEventListener('change', (event) => {
  const file = event.target.files[0];
  const start = performance.now();
  const worker = new Worker('papa-worker.js');
  worker.onmessage = (e) => {
    window.__papaBare = { ms: performance.now() - start, rows: e.data };
    worker.terminate();
  };
  worker.postMessage(file);
});
