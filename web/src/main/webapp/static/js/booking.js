// The countdown of a held booking: "Restano 09:55 per completare la prenotazione", updated every
// second from the seconds the server gave; at zero it says the hold has expired.
(function () {
    var timer = document.getElementById('countdown');
    if (!timer) {
        return;
    }
    var left = parseInt(timer.dataset.seconds, 10);
    var ends = Date.now() + left * 1000;
    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }
    function tick() {
        var seconds = Math.max(0, Math.round((ends - Date.now()) / 1000));
        if (seconds === 0) {
            timer.textContent = timer.dataset.expired;
            timer.setAttribute('role', 'alert');
            return;
        }
        timer.textContent = timer.dataset.template.replace('{0}', pad(Math.floor(seconds / 60)) + ':' + pad(seconds % 60));
        window.setTimeout(tick, 1000);
    }
    tick();
})();
