// Regenerates land-110m.path (an SVG path in an equirectangular 360x180 frame: x = lon + 180,
// y = 90 - lat) from world-atlas's land-110m.json (Natural Earth 1:110m land, public domain;
// world-atlas packaging ISC). Usage: node make.js path/to/land-110m.json > land-110m.path
'use strict';
const fs = require('fs');
const topo = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
const ring = (ids) => {
  const pts = [];
  for (const id of ids) {
    const a = id < 0 ? arcs[~id].slice().reverse() : arcs[id];
    pts.push(...(pts.length ? a.slice(1) : a));
  }
  return pts;
};
const r1 = (v) => Math.round(v * 10) / 10;
let out = '';
const polygons = [];
for (const g of Object.values(topo.objects)[0].geometries) {
  if (g.type === 'Polygon') polygons.push(g.arcs);
  if (g.type === 'MultiPolygon') polygons.push(...g.arcs);
}
for (const poly of polygons) {
  for (const r of poly) {
    let last = '';
    const cmds = [];
    for (const [lon, lat] of ring(r)) {
      const p = `${r1(lon + 180)},${r1(90 - lat)}`;
      if (p !== last) cmds.push(p);
      last = p;
    }
    if (cmds.length > 2) out += 'M' + cmds.join('L') + 'Z';
  }
}
process.stdout.write(out + '\n');
