// The week grids of calendars (table.sportello-week), on the booking's page and in a practice's
// calendar slot field: Enter ticks a slot (instead of sending the form) and the arrow keys move
// from slot to slot, up and down the same day, left and right the same time, skipping cells with
// no slot.
(function () {
    Array.prototype.forEach.call(document.querySelectorAll('table.sportello-week'), function (grid) {
        if (!grid.tBodies.length) {
            return;
        }
        var rows = Array.prototype.slice.call(grid.tBodies[0].rows);
        var moves = {ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1]};
        grid.addEventListener('keydown', function (event) {
            var input = event.target;
            if (!input.matches('input[type="checkbox"]')) {
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
                var next = rows[r].cells[c].querySelector('input[type="checkbox"]');
                if (next) {
                    next.focus();
                    return;
                }
                r += move[0];
                c += move[1];
            }
        });
    });
})();
