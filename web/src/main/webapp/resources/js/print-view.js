/* The print view's button opens the browser's print dialog. */
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('print-now');
    if (button) {
        button.addEventListener('click', function () {
            window.print();
        });
    }
});
