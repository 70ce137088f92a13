/*!
 * Host script for the charts of "Les crédits carbone peuvent-ils effacer l'empreinte de l'IA générative ?".
 * Paste it once after the iframe(s). It resizes every iframe of this page whose src is on the script's own origin
 * to the height the chart reports. It accepts a message only when (1) it comes from that origin, (2) it comes from
 * the contentWindow of one of those iframes (and is applied to that iframe only), and (3) its height is a finite
 * positive number (at most 20 000 px). Anything else is ignored, silently. Licence: MIT.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin;
  try {
    origin = new URL(script.src, location.href).origin;
  } catch (e) {
    return;
  }
  var key = '__ccEmbedHost:' + origin;
  if (window[key]) return; // the snippet may be pasted several times
  window[key] = true;

  function frames() {
    var out = [];
    var all = document.getElementsByTagName('iframe');
    for (var i = 0; i < all.length; i++) {
      try {
        if (new URL(all[i].src, location.href).origin === origin) out.push(all[i]);
      } catch (e) {
        /* not a URL: not ours */
      }
    }
    return out;
  }

  window.addEventListener('message', function (e) {
    if (e.origin !== origin) return;
    var d = e.data;
    var h;
    if (d && typeof d === 'object' && d.type === 'cc-embed-height') h = d.height;
    else if (d && typeof d === 'object' && d.sentinel === 'amp' && d.type === 'embed-size') h = d.height;
    else return;
    if (typeof h !== 'number' || !isFinite(h) || h <= 0 || h > 20000) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === e.source) {
        var px = Math.ceil(h) + 'px';
        if (list[i].style.height !== px) {
          list[i].style.height = px;
          list[i].setAttribute('height', String(Math.ceil(h)));
        }
        return;
      }
    }
  });
})();
