// The page rating: the answers of the question that the chosen stars ask (3 or more: what went
// well; fewer: what went badly) show, the others hide and are cleared. Without this script both
// questions show and the server checks that the answer suits the stars.
(function () {
    document.querySelectorAll('form.sportello-rating').forEach(function (form) {
        var groups = form.querySelectorAll('.sportello-rating-answers');
        function update() {
            var chosen = form.querySelector('input[name="stelle"]:checked');
            groups.forEach(function (group) {
                var shown = chosen !== null && (group.dataset.positive === 'true') === (Number(chosen.value) >= 3);
                group.hidden = !shown;
                if (!shown) {
                    group.querySelectorAll('input').forEach(function (input) { input.checked = false; });
                }
            });
        }
        form.querySelectorAll('input[name="stelle"]').forEach(function (star) {
            star.addEventListener('change', update);
        });
        update();
    });
})();
