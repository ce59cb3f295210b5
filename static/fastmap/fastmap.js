/*
 * Incident Atlas — fast map layer (render/fastmap.py builds its payload).
 *
 * L.iaFast(payload, options): every located incident as compact typed arrays,
 * drawn on one canvas, clustered in the browser with supercluster. setView(view)
 * applies the server's filter mask (a bitset over payload rows) and selection.
 * A click on a point opens a short popup (place, date, actor, event, built with
 * textContent: article text never becomes markup) and fires "click" on the layer
 * with that popup, so streamlit-folium reports it (the popup carries the
 * reference ia:<version>:<row> the server maps back to the incident id).
 */
(function () {
  "use strict";
  if (!window.L) { return; }
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var TYPES = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array };

  function bytes(b64) {
    var s = atob(b64), n = s.length, u = new Uint8Array(n);
    for (var i = 0; i < n; i++) { u[i] = s.charCodeAt(i); }
    return u;
  }
  function column(c) {
    var u = bytes(c.b), T = TYPES[c.t];
    return new T(u.buffer, 0, u.length / T.BYTES_PER_ELEMENT);
  }

  // ------------------------------------------------------------------ dates (as render.mapview)
  function ymd(day) {
    var d = new Date(day * 86400000);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate() };
  }
  function dayText(a) { return a.d + " " + MONTHS[a.m] + " " + a.y; }
  function dayRange(a, b) {
    if (a.y === b.y && a.m === b.m && a.d === b.d) { return dayText(a); }
    if (a.y === b.y && a.m === b.m) { return a.d + "–" + b.d + " " + MONTHS[a.m] + " " + a.y; }
    if (a.y === b.y) { return a.d + " " + MONTHS[a.m] + " – " + dayText(b); }
    return dayText(a) + " – " + dayText(b);
  }
  function monthRange(a, b) {
    if (a.y === b.y && a.m === b.m) { return MONTHS[a.m] + " " + a.y; }
    if (a.y === b.y) { return MONTHS[a.m] + "–" + MONTHS[b.m] + " " + a.y; }
    return MONTHS[a.m] + " " + a.y + " – " + MONTHS[b.m] + " " + b.y;
  }
  function dateWindow(d0, d1, prec) {
    if (d0 === null || !prec || prec === "unknown") { return "date unknown"; }
    if (d1 === null) { d1 = d0; }
    if (d1 < d0) { var t = d0; d0 = d1; d1 = t; }
    var a = ymd(d0), b = ymd(d1);
    if (prec === "year") { return a.y === b.y ? String(a.y) : a.y + "–" + b.y; }
    if (prec === "month") { return monthRange(a, b); }
    return dayRange(a, b);
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  L.IaFast = L.Layer.extend({
    options: { radius: 45, maxZoom: 13, pane: "overlayPane", listMax: 40 },

    initialize: function (data, options) {
      L.setOptions(this, options);
      var c = data.cols, scale = data.scale;
      this._v = data.v;
      this._n = data.n;
      this._t = data.tables;
      this._styles = data.styles;
      this._base = data.day_base;
      this._lat = new Float64Array(this._n);
      this._lon = new Float64Array(this._n);
      var la = column(c.lat), lo = column(c.lon);
      for (var i = 0; i < this._n; i++) { this._lat[i] = la[i] / scale; this._lon[i] = lo[i] / scale; }
      this._d0 = column(c.d0); this._d1 = column(c.d1);
      this._place = column(c.place); this._actor = column(c.actor); this._attr = column(c.attr);
      this._by = column(c.by); this._type = column(c.type); this._dp = column(c.dp);
      this._style = column(c.style);
      this._sc = null; this._maskKey = null; this._count = 0;
      this._sel = -1; this._clicked = -1; this._hits = [];
      this._feats = null;
    },

    onAdd: function (map) {
      this._map = map;
      var cv = this._canvas = L.DomUtil.create("canvas", "ia-fast-canvas leaflet-zoom-hide");
      this.getPane().appendChild(cv);
      map.on("moveend zoomend resize viewreset", this._redraw, this);
      map.on("click", this._onClick, this);
      map.on("mousemove", this._onMove, this);
      this._redraw();
    },

    onRemove: function (map) {
      map.off("moveend zoomend resize viewreset", this._redraw, this);
      map.off("click", this._onClick, this);
      map.off("mousemove", this._onMove, this);
      L.DomUtil.remove(this._canvas);
      this._map = null;
    },

    // ---------------------------------------------------------------- data
    _features: function () {
      if (!this._feats) {
        var f = new Array(this._n);
        for (var i = 0; i < this._n; i++) {
          f[i] = { type: "Feature", properties: { i: i }, geometry: { type: "Point", coordinates: [this._lon[i], this._lat[i]] } };
        }
        this._feats = f;
      }
      return this._feats;
    },

    setView: function (view) {
      if (!view || view.v !== this._v) { return; }
      var t0 = performance.now();
      if (view.mask !== this._maskKey) {
        var bits = bytes(view.mask), all = this._features(), pts = [];
        for (var i = 0; i < this._n; i++) {
          if (bits[i >> 3] & (1 << (i & 7))) { pts.push(all[i]); }
        }
        this._sc = new Supercluster({ radius: this.options.radius, maxZoom: this.options.maxZoom, minPoints: 2 }).load(pts);
        this._maskKey = view.mask;
        this._count = pts.length;
        this._shownRows = pts.map(function (f) { return f.properties.i; });
      }
      // A playback fades its older steps: one byte (0-255) per shown row, in row order.
      this._alpha = null;
      if (view.fade && this._shownRows) {
        var lv = bytes(view.fade), alpha = new Float32Array(this._n).fill(1);
        for (var k = 0; k < this._shownRows.length && k < lv.length; k++) { alpha[this._shownRows[k]] = lv[k] / 255; }
        this._alpha = alpha;
      }
      var sel = typeof view.sel === "number" ? view.sel : -1;
      var moved = false;
      if (sel >= 0 && sel !== this._sel && sel !== this._clicked && view.focus && this._map) {
        this._map.setView([this._lat[sel], this._lon[sel]], Math.max(this._map.getZoom(), 8));
        moved = true;
      }
      this._sel = sel;
      this._clicked = -1;
      if (!moved) { this._redraw(); }
      this._buildMs = Math.round(performance.now() - t0);
      if (this._map) {
        var box = this._map.getContainer();
        box.setAttribute("data-ia-version", this._v);
        box.setAttribute("data-ia-shown", String(this._count));
        box.setAttribute("data-ia-sel", String(sel));
        box.setAttribute("data-ia-step", view.step || "");
      }
    },

    // ---------------------------------------------------------------- drawing
    _redraw: function () {
      var map = this._map;
      if (!map || !this._canvas) { return; }
      var size = map.getSize(), cv = this._canvas, dpr = window.devicePixelRatio || 1;
      L.DomUtil.setPosition(cv, map.containerPointToLayerPoint([0, 0]));
      cv.width = Math.round(size.x * dpr); cv.height = Math.round(size.y * dpr);
      cv.style.width = size.x + "px"; cv.style.height = size.y + "px";
      var ctx = cv.getContext("2d");
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, size.x, size.y);
      var hits = this._hits = [];
      if (!this._sc) { return; }
      var b = map.getBounds(), z = Math.round(map.getZoom());
      var box = [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()),
                 Math.min(180, b.getEast()), Math.min(85, b.getNorth())];
      var items = this._sc.getClusters(box, Math.min(z, this.options.maxZoom + 1));
      var selShown = false, points = 0, clusters = 0;
      for (var k = 0; k < items.length; k++) {
        var f = items[k], ll = f.geometry.coordinates;
        var p = map.latLngToContainerPoint([ll[1], ll[0]]);
        if (f.properties.cluster) {
          var n = f.properties.point_count, r = n < 10 ? 13 : n < 100 ? 16 : n < 1000 ? 19 : 23;
          this._drawCluster(ctx, p, r, n);
          hits.push({ x: p.x, y: p.y, r: r, c: f.properties.cluster_id, lat: ll[1], lon: ll[0] });
          clusters++;
        } else {
          var i = f.properties.i, s = this._styles[this._style[i]];
          ctx.globalAlpha = this._alpha ? this._alpha[i] : 1;
          this._drawPoint(ctx, p, s);
          ctx.globalAlpha = 1;
          hits.push({ x: p.x, y: p.y, r: s.r + 3, i: i });
          if (i === this._sel) { selShown = true; }
          points++;
        }
      }
      if (this._sel >= 0) {
        var q = map.latLngToContainerPoint([this._lat[this._sel], this._lon[this._sel]]);
        var ss = this._styles[this._style[this._sel]];
        ctx.beginPath(); ctx.arc(q.x, q.y, ss.r + 8, 0, 2 * Math.PI);
        ctx.lineWidth = 4; ctx.strokeStyle = "rgba(255,193,7,.9)"; ctx.stroke();
        if (!selShown) { this._drawPoint(ctx, q, ss); }
      }
      cv.setAttribute("data-points", String(points));
      cv.setAttribute("data-clusters", String(clusters));
    },

    _drawCluster: function (ctx, p, r, n) {
      ctx.beginPath(); ctx.arc(p.x, p.y, r + 4, 0, 2 * Math.PI);
      ctx.fillStyle = "rgba(55,65,81,.35)"; ctx.fill();
      ctx.beginPath(); ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
      ctx.fillStyle = "rgba(55,65,81,.88)"; ctx.fill();
      ctx.fillStyle = "#fff"; ctx.font = "bold 12px system-ui,sans-serif";
      ctx.textAlign = "center"; ctx.textBaseline = "middle";
      ctx.fillText(n >= 10000 ? Math.round(n / 1000) + "k" : String(n), p.x, p.y + 0.5);
    },

    _drawPoint: function (ctx, p, s) {
      // Same look as render.mapview's dots: colour = actor, hollow = alleged, ring = claimed.
      if (s.ring) {
        ctx.beginPath(); ctx.arc(p.x, p.y, s.r + 3, 0, 2 * Math.PI);
        ctx.lineWidth = 2; ctx.strokeStyle = s.c; ctx.stroke();
        ctx.beginPath(); ctx.arc(p.x, p.y, s.r + 1, 0, 2 * Math.PI);
        ctx.strokeStyle = "#fff"; ctx.stroke();
      }
      var outer = ctx.globalAlpha;  // a playback's fading (1 otherwise)
      ctx.beginPath(); ctx.arc(p.x, p.y, s.r, 0, 2 * Math.PI);
      ctx.globalAlpha = outer * s.o; ctx.fillStyle = s.f; ctx.fill(); ctx.globalAlpha = outer;
      ctx.lineWidth = s.w;
      ctx.strokeStyle = s.o < 1 ? s.c : (s.c === "#333333" ? s.c : "#fff");
      ctx.stroke();
    },

    // ---------------------------------------------------------------- interaction
    _hitsAt: function (pt) {
      var out = [];
      for (var k = this._hits.length - 1; k >= 0; k--) {
        var h = this._hits[k], dx = h.x - pt.x, dy = h.y - pt.y;
        if (dx * dx + dy * dy <= (h.r + 2) * (h.r + 2)) { out.push(h); }
      }
      return out;
    },

    _onMove: function (e) {
      var now = performance.now();
      if (this._lastMove && now - this._lastMove < 40) { return; }
      this._lastMove = now;
      this._map.getContainer().style.cursor = this._hitsAt(e.containerPoint).length ? "pointer" : "";
    },

    _onClick: function (e) {
      var hits = this._hitsAt(e.containerPoint);
      if (!hits.length) { return; }
      var top = hits[0];
      if (top.c !== undefined) {
        // Clusters always open by zooming in: above maxZoom points are drawn one by one,
        // and points sharing a spot (same town) then open as a list.
        var ez = this._sc.getClusterExpansionZoom(top.c);
        this._map.setView([top.lat, top.lon], Math.min(Math.max(ez, this._map.getZoom() + 1), this._map.getMaxZoom()));
        return;
      }
      var rows = hits.filter(function (h) { return h.i !== undefined; }).map(function (h) { return h.i; });
      if (rows.length > 1) {
        this._list(L.latLng(this._lat[rows[0]], this._lon[rows[0]]), rows.slice(0, this.options.listMax), rows.length);
      } else { this.select(rows[0]); }
    },

    _text: function (table, codes, i) { var v = this._t[table][codes[i]]; return v === undefined ? null : v; },
    _day: function (arr, i) { return arr[i] === 0 ? null : arr[i] + this._base - 1; },

    label: function (i) {
      var when = dateWindow(this._day(this._d0, i), this._day(this._d1, i), this._text("dp", this._dp, i));
      return (this._text("place", this._place, i) || "Unknown place") + " · " + when;
    },

    _actorText: function (i) {
      var actor = this._text("actor", this._actor, i) || "Unknown actor";
      var attr = this._text("attr", this._attr, i) || "alleged";
      var by = this._text("by", this._by, i);
      return actor + " — " + attr + (by && (attr === "alleged" || attr === "claimed") ? " by " + by : "");
    },

    popupContent: function (i) {
      var box = el("div", "ia-popup ia-fast-pop");
      box.appendChild(el("div", "ia-pop-place", this._text("place", this._place, i) || "Unknown place"));
      box.appendChild(el("div", "ia-pop-date",
        dateWindow(this._day(this._d0, i), this._day(this._d1, i), this._text("dp", this._dp, i))));
      var actor = el("div", "ia-pop-actor"), s = this._styles[this._style[i]], dot = el("span", "ia-fast-dot");
      dot.style.borderColor = s.o < 1 ? s.c : "#fff";
      dot.style.background = s.f; dot.style.opacity = String(Math.max(s.o, 0.6));
      if (s.ring) { dot.style.boxShadow = "0 0 0 2px " + s.c; }
      actor.appendChild(dot); actor.appendChild(el("span", null, this._actorText(i)));
      box.appendChild(actor);
      box.appendChild(el("div", "ia-pop-type", "Event: " + (this._text("type", this._type, i) || "not stated")));
      box.appendChild(el("div", "ia-fast-hint", "Selected: every source and excerpt is in the card beside the map."));
      box.appendChild(el("div", "ia-fast-ref", "ia:" + this._v + ":" + i));
      return box;
    },

    _list: function (latlng, rows, total) {
      var self = this, box = el("div", "ia-popup ia-fast-list");
      box.appendChild(el("div", "ia-pop-place", total + " incidents here"));
      var ol = el("ol");
      rows.forEach(function (i) {
        var li = el("li"), a = el("a", "ia-fast-pick", self.label(i));
        a.href = "#"; a.setAttribute("data-row", String(i));
        L.DomEvent.on(a, "click", function (ev) { L.DomEvent.preventDefault(ev); self.select(i); });
        li.appendChild(a); ol.appendChild(li);
      });
      box.appendChild(ol);
      if (total > rows.length) { box.appendChild(el("div", "ia-fast-hint", "… and " + (total - rows.length) + " more: narrow the filters.")); }
      L.popup({ maxWidth: 380, minWidth: 240, maxHeight: 300 }).setLatLng(latlng).setContent(box).openOn(this._map);
    },

    select: function (i) {
      if (!(i >= 0 && i < this._n) || !this._map) { return; }
      var latlng = L.latLng(this._lat[i], this._lon[i]);
      var content = this.popupContent(i);
      L.popup({ maxWidth: 360, minWidth: 220, offset: [0, -4] }).setLatLng(latlng).setContent(content).openOn(this._map);
      this._sel = i; this._clicked = i;
      this._redraw();
      // Report it the way streamlit-folium reads a clicked layer's popup.
      var src = { _popup: { _content: content }, getPopup: function () { return { getContent: function () { return content; } }; } };
      this.fire("click", { latlng: latlng, sourceTarget: src });
    }
  });

  L.iaFast = function (data, options) { return new L.IaFast(data, options); };
})();
