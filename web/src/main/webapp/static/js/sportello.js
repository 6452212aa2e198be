// Loads the Bootstrap Italia fonts (Titillium Web, Lora, Roboto Mono) from this application,
// whatever its context path: the script tag carries the fonts folder in data-fonts.
(function () {
    var fonts = document.currentScript && document.currentScript.dataset.fonts;
    if (fonts && window.bootstrap && typeof window.bootstrap.loadFonts === 'function') {
        window.bootstrap.loadFonts(fonts);
    }
})();
