// The booking's steps for keyboard and screen reader users. On each page the focus goes to the
// first error, or else to the page's heading, so that what changed is what is read first. In the
// week grid, Enter ticks a slot (instead of sending the form) and the arrow keys move from slot
// to slot: up and down the same day, left and right the same time, skipping cells with no slot.
(function () {
    var target = document.querySelector('main .alert-danger, main .invalid-feedback.d-block')
            || document.querySelector('main h1');
    if (target) {
        if (!target.hasAttribute('tabindex')) {
            target.setAttribute('tabindex', '-1');
        }
        target.focus();
    }
    var grid = document.getElementById('week-grid');
    if (!grid || !grid.tBodies.length) {
        return;
    }
    var rows = Array.prototype.slice.call(grid.tBodies[0].rows);
    var moves = {ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1]};
    grid.addEventListener('keydown', function (event) {
        var input = event.target;
        if (!input.matches('input[name="slot"]')) {
            return;
        }
        if (event.key === 'Enter') {
            event.preventDefault();
            input.click();
            return;
        }
        var move = moves[event.key];
        if (!move) {
            return;
        }
        event.preventDefault();
        var cell = input.closest('td');
        var r = rows.indexOf(cell.parentElement) + move[0];
        var c = cell.cellIndex + move[1];
        // column 0 holds the times
        while (r >= 0 && r < rows.length && c >= 1 && c < rows[r].cells.length) {
            var next = rows[r].cells[c].querySelector('input[name="slot"]');
            if (next) {
                next.focus();
                return;
            }
            r += move[0];
            c += move[1];
        }
    });
})();
