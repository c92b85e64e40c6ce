// Stands in for Node's `stream` when tsup bundles papaparse into the core dist (tsup.config.ts):
// papaparse requires it only for its Node-stream mode (Papa.NODE_STREAM_INPUT), which
// csi-analytics never uses, so the browser-safe core keeps no `require` of a Node module.
module.exports = {};
