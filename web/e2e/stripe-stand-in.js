/*
 * A stand-in for https://js.stripe.com/<train>/stripe.js, served by the card-payment scenario through page.route:
 * the real Stripe.js (and its Payment Element iframe) cannot load without the internet. It implements what
 * @stripe/stripe-js and @stripe/react-stripe-js call — Stripe(key), elements(), create('payment').mount(), on(),
 * submit(), confirmPayment() — and renders a labelled card-number field. confirmPayment asks the test, through the
 * page function window.standInConfirm(clientSecret), to authorise the PaymentIntent on the Stripe fake, as a card
 * would; a card number starting 4000 0000 0000 0002 is declined the way Stripe.js reports it.
 */
(function () {
  function element(type) {
    var handlers = {};
    var input;
    return {
      mount: function (node) {
        var host = typeof node === 'string' ? document.querySelector(node) : node;
        var label = document.createElement('label');
        label.textContent = 'Card number';
        label.style.display = 'block';
        input = document.createElement('input');
        input.setAttribute('autocomplete', 'cc-number');
        input.setAttribute('inputmode', 'numeric');
        input.style.cssText = 'display:block;width:100%;min-height:44px;font:inherit;border:1px solid #8a91a0;border-radius:8px;padding:0.5rem';
        label.appendChild(input);
        host.appendChild(label);
        setTimeout(function () { (handlers.ready || []).forEach(function (h) { h({ elementType: type }); }); }, 0);
      },
      on: function (event, handler) { (handlers[event] = handlers[event] || []).push(handler); return this; },
      off: function () { return this; },
      update: function () {},
      unmount: function () {},
      destroy: function () {},
      focus: function () { if (input) input.focus(); },
      value: function () { return input ? input.value.replace(/\s/g, '') : ''; },
    };
  }

  window.Stripe = function (publishableKey) {
    var created = [];
    var clientSecret = null;
    return {
      _registerWrapper: function () {},
      registerAppInfo: function () {},
      createToken: function () { return Promise.resolve({}); },
      createPaymentMethod: function () { return Promise.resolve({}); },
      confirmCardPayment: function () { return Promise.resolve({}); },
      elements: function (options) {
        clientSecret = options && options.clientSecret;
        return {
          create: function (type) { var e = element(type); created.push(e); return e; },
          getElement: function () { return created[0] || null; },
          update: function () {},
          fetchUpdates: function () { return Promise.resolve({}); },
          submit: function () { return Promise.resolve({}); },
        };
      },
      confirmPayment: function (request) {
        var number = created[0] ? created[0].value() : '';
        if (number.indexOf('4000000000000002') === 0) {
          return Promise.resolve({ error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' } });
        }
        return window.standInConfirm(clientSecret, publishableKey, request.redirect || 'always').then(function (intent) {
          return { paymentIntent: intent };
        });
      },
    };
  };
})();
