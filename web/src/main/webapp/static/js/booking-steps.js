// The booking's steps for keyboard and screen reader users. On each page the focus goes to the
// first error, or else to the page's heading, so that what changed is what is read first. The
// week grid itself is worked by keyboard with week-grid.js.
(function () {
    var target = document.querySelector('main .alert-danger, main .invalid-feedback.d-block')
            || document.querySelector('main h1');
    if (target) {
        if (!target.hasAttribute('tabindex')) {
            target.setAttribute('tabindex', '-1');
        }
        target.focus();
    }
})();
