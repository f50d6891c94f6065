// Renders every .math element with whatever KaTeX the page loaded, as glia.js does.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.katex) return;
  document.querySelectorAll('.math').forEach(function (element) {
    window.katex.render(element.textContent, element,
                        { displayMode: element.classList.contains('display') });
  });
});
