/*
 * Manage Payment Methods: the payment processor's fields live in a frame. When the customer has typed a card or a
 * bank account there, the frame posts {type: "gateway-token", token} to this page; the token (never the numbers)
 * goes into the form, which is then saved. Messages from anywhere but that frame and its origin are ignored.
 */
window.addEventListener('message', function (event) {
    var frame = document.getElementById('gatewayFields');
    if (!frame || event.source !== frame.contentWindow) {
        return;
    }
    var origin = frame.getAttribute('data-origin') || window.location.origin;
    if (event.origin !== origin || !event.data || event.data.type !== 'gateway-token' || typeof event.data.token !== 'string') {
        return;
    }
    document.getElementById('addForm:token').value = event.data.token;
    document.getElementById('addForm:saveMethod').click();
});
