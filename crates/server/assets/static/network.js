// Who-met-whom: a small force-directed layout drawn in the SVG #network, from the JSON in
// #network-data ({nodes: [{id, type, name, article_count}], edges: [{source, target, weight}]}).
// Text goes in with textContent only, never as HTML.
(function () {
  'use strict';
  var svg = document.getElementById('network');
  var dataEl = document.getElementById('network-data');
  if (!svg || !dataEl) return;
  var data = JSON.parse(dataEl.textContent);
  var NS = 'http://www.w3.org/2000/svg';
  var W = 900, H = 600;
  var colors = { person: '#e8590c', organization: '#1c7ed6', country: '#2f9e44', place: '#7048e8' };
  var byId = {};
  var nodes = data.nodes.map(function (n, i) {
    var a = 2 * Math.PI * i / Math.max(1, data.nodes.length);
    var o = { id: n.id, name: n.name, type: n.type, count: n.article_count || 1,
      x: W / 2 + 220 * Math.cos(a), y: H / 2 + 180 * Math.sin(a), vx: 0, vy: 0 };
    byId[n.id] = o;
    return o;
  });
  var edges = data.edges.filter(function (e) { return byId[e.source] && byId[e.target]; })
    .map(function (e) { return { s: byId[e.source], t: byId[e.target], w: e.weight }; });
  if (!nodes.length) {
    var empty = document.createElementNS(NS, 'text');
    empty.setAttribute('x', W / 2); empty.setAttribute('y', H / 2); empty.setAttribute('text-anchor', 'middle');
    empty.textContent = 'No meetings or visits with two named parties yet.';
    svg.appendChild(empty);
    return;
  }
  var gEdges = document.createElementNS(NS, 'g'), gNodes = document.createElementNS(NS, 'g');
  svg.appendChild(gEdges); svg.appendChild(gNodes);
  edges.forEach(function (e) {
    e.el = document.createElementNS(NS, 'line');
    e.el.setAttribute('stroke-width', Math.min(8, 1 + Math.log(1 + e.w) * 2));
    var title = document.createElementNS(NS, 'title');
    title.textContent = e.s.name + ' – ' + e.t.name + ': ' + e.w + ' event' + (e.w === 1 ? '' : 's');
    e.el.appendChild(title);
    gEdges.appendChild(e.el);
  });
  nodes.forEach(function (n) {
    var g = document.createElementNS(NS, 'g');
    g.setAttribute('class', 'node node-' + n.type);
    g.setAttribute('data-name', n.name);
    var c = document.createElementNS(NS, 'circle');
    n.r = 5 + Math.min(12, 3 * Math.log(1 + n.count));
    c.setAttribute('r', n.r);
    c.setAttribute('fill', colors[n.type] || '#868e96');
    var title = document.createElementNS(NS, 'title');
    title.textContent = n.name + ' (' + n.type + ')';
    c.appendChild(title);
    var t = document.createElementNS(NS, 'text');
    t.textContent = n.name;
    t.setAttribute('dx', n.r + 3); t.setAttribute('dy', 4);
    g.appendChild(c); g.appendChild(t);
    n.el = g;
    gNodes.appendChild(g);
    var drag = null;
    c.addEventListener('pointerdown', function (ev) { drag = { x: ev.clientX, y: ev.clientY, moved: false }; n.fixed = true; c.setPointerCapture(ev.pointerId); });
    c.addEventListener('pointermove', function (ev) {
      if (!drag) return;
      var p = toSvg(ev); n.x = p.x; n.y = p.y; drag.moved = true; alpha = Math.max(alpha, 0.3); kick();
    });
    c.addEventListener('pointerup', function () {
      if (drag && !drag.moved) window.location.href = '/entities/' + encodeURIComponent(n.id);
      drag = null; n.fixed = false;
    });
  });
  function toSvg(ev) {
    var pt = svg.createSVGPoint(); pt.x = ev.clientX; pt.y = ev.clientY;
    return pt.matrixTransform(svg.getScreenCTM().inverse());
  }
  var alpha = 1, running = false;
  function step() {
    var i, j, a, b, dx, dy, d2, d, f;
    for (i = 0; i < nodes.length; i++) {
      a = nodes[i];
      for (j = i + 1; j < nodes.length; j++) {
        b = nodes[j]; dx = a.x - b.x; dy = a.y - b.y; d2 = dx * dx + dy * dy + 0.01;
        f = 2500 / d2; d = Math.sqrt(d2);
        a.vx += f * dx / d; a.vy += f * dy / d; b.vx -= f * dx / d; b.vy -= f * dy / d;
      }
      a.vx += (W / 2 - a.x) * 0.004; a.vy += (H / 2 - a.y) * 0.004;
    }
    edges.forEach(function (e) {
      dx = e.t.x - e.s.x; dy = e.t.y - e.s.y; d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      f = (d - 110) * 0.02 * Math.min(3, e.w);
      e.s.vx += f * dx / d; e.s.vy += f * dy / d; e.t.vx -= f * dx / d; e.t.vy -= f * dy / d;
    });
    nodes.forEach(function (n) {
      if (!n.fixed) {
        n.x += Math.max(-20, Math.min(20, n.vx * alpha)); n.y += Math.max(-20, Math.min(20, n.vy * alpha));
        n.x = Math.max(20, Math.min(W - 120, n.x)); n.y = Math.max(20, Math.min(H - 20, n.y));
      }
      n.vx *= 0.6; n.vy *= 0.6;
    });
  }
  function draw() {
    edges.forEach(function (e) {
      e.el.setAttribute('x1', e.s.x); e.el.setAttribute('y1', e.s.y); e.el.setAttribute('x2', e.t.x); e.el.setAttribute('y2', e.t.y);
    });
    nodes.forEach(function (n) { n.el.setAttribute('transform', 'translate(' + n.x.toFixed(1) + ',' + n.y.toFixed(1) + ')'); });
  }
  function tick() {
    for (var k = 0; k < 3; k++) step();
    alpha *= 0.97; draw();
    if (alpha > 0.02) window.requestAnimationFrame(tick); else { running = false; svg.setAttribute('data-settled', 'true'); }
  }
  function kick() { if (!running) { running = true; window.requestAnimationFrame(tick); } }
  // Settle most of the layout before the first paint, then animate the rest.
  for (var k = 0; k < 150; k++) { step(); alpha *= 0.99; }
  draw(); kick();
})();
