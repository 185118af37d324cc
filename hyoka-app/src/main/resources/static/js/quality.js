// The 品質チェック section of a sheet page: the findings depend on other sheets too, so they are fetched
// when the page is read instead of being part of the page cached per sheet version.
(function () {
  var box = document.getElementById('quality-findings');
  if (!box || !window.fetch) {
    return;
  }
  fetch(box.getAttribute('data-src'), {credentials: 'same-origin'})
    .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
    .then(function (html) {
      // the server's own escaped fragment, parsed rather than assigned as markup
      var parsed = new DOMParser().parseFromString(html, 'text/html');
      box.replaceChildren.apply(box, Array.prototype.slice.call(parsed.body.childNodes));
    })
    .catch(function () { /* the link stays */ });
})();
