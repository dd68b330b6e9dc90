/*
 * The sandbox processor's hosted fields: sends what was typed to the sandbox (never to the portal), shows its
 * objections next to the field, and hands the token it answers to the page that framed it.
 */
(function () {
    var form = document.getElementById('fields');
    var button = document.getElementById('save');
    var problem = document.getElementById('problem');

    function clearErrors() {
        problem.textContent = '';
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (input) {
            input.removeAttribute('aria-invalid');
        });
        Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (error) {
            error.textContent = '';
        });
    }

    function showError(field, message) {
        var input = field && document.getElementById(field);
        var error = field && document.getElementById(field + '-error');
        if (input && error) {
            input.setAttribute('aria-invalid', 'true');
            error.textContent = message;
            input.focus();
        } else {
            problem.textContent = message;
        }
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        clearErrors();
        button.disabled = true;
        fetch('tokens', {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Accept': 'application/json'},
            body: new URLSearchParams(new FormData(form))
        }).then(function (response) {
            return response.json().then(function (body) {
                if (response.ok && body.token) {
                    form.reset();
                    problem.textContent = 'Saving…';
                    window.parent.postMessage({type: 'gateway-token', token: body.token}, window.location.origin);
                } else {
                    showError(body.field, body.error || 'These details were not accepted.');
                    button.disabled = false;
                }
            });
        }).catch(function () {
            problem.textContent = 'The payment processor could not be reached. Please try again.';
            button.disabled = false;
        });
    });
})();
