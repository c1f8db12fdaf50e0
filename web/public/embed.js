/*
 * Platform's booking page inside another website:
 *   <script src="https://<platform>/app/embed.js" data-organization="<slug>" async></script>
 * puts an iframe of https://<platform>/t/<slug>/embed where the script tag stands, and grows it with the
 * page inside (the page reports its height with postMessage). Optional: data-offering="<offering id>".
 */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var slug = script.getAttribute('data-organization');
  if (!slug) return;
  var origin = new URL(script.src).origin;
  var offering = script.getAttribute('data-offering');
  var frame = document.createElement('iframe');
  frame.src = origin + '/t/' + encodeURIComponent(slug) + '/embed' + (offering ? '?offering=' + encodeURIComponent(offering) : '');
  frame.title = script.getAttribute('data-title') || 'Booking';
  frame.style.cssText = 'width:100%;border:0;min-height:480px;display:block';
  frame.setAttribute('allow', 'payment');
  script.parentNode.insertBefore(frame, script.nextSibling);
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (data && data.type === 'platform:height' && typeof data.height === 'number') frame.style.height = data.height + 'px';
  });
})();
