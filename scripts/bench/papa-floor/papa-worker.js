/* global Papa, importScripts */
importScripts('papaparse.min.js');
self.onmessage = async (event) => {
  const text = await event.data.text();
  const result = Papa.parse(text);
  postMessage(result.data.length);
};
