// The signature pad wants a drawn mark: PrimeFaces' pad would turn keys typed into it into a "signature" made of text.
document.addEventListener('keydown', function (event) {
    if (event.key !== 'Tab' && event.target instanceof Element && event.target.closest('.signature-pad')) {
        event.preventDefault();
        event.stopImmediatePropagation();
    }
}, true);
