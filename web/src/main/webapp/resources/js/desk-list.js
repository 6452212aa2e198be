/* The practice list keeps its order and page in the address: after the table sorts or pages
   (PrimeFaces AJAX), the server sends the new address and the browser shows it, so that it can be
   bookmarked or reloaded. */
function sportelloShowAddress(args) {
    if (args && args.address) {
        history.replaceState(null, '', args.address);
    }
}
