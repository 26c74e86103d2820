/* "Was this page useful?": send the vote without leaving the page.
   Progressive enhancement only: without JavaScript the form posts and the CMS redirects back to
   the page at #feedback-thanks. Messages come from the server or the page, in its language. */
(function () {
  "use strict";
  if (!window.fetch || !window.URLSearchParams || !window.FormData) {
    return;
  }
  document.querySelectorAll("[data-page-feedback]").forEach(function (section) {
    var form = section.querySelector("form");
    var thanks = section.querySelector(".page-feedback__thanks");
    var error = section.querySelector(".page-feedback__error");
    var buttons = form.querySelectorAll("button");

    function setBusy(busy) {
      buttons.forEach(function (button) { button.disabled = busy; });
    }

    function showError(message) {
      error.textContent = message || section.dataset.errorMessage;
      error.hidden = false;
      setBusy(false);
    }

    form.addEventListener("submit", function (event) {
      var submitter = event.submitter;
      if (!submitter || !submitter.name) {
        return; // an old browser: let it post the form
      }
      event.preventDefault();
      var data = new URLSearchParams(new FormData(form));
      data.append(submitter.name, submitter.value);
      error.hidden = true;
      setBusy(true);
      fetch(form.action, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { Accept: "application/json" }
      }).then(function (response) {
        return response.json().then(function (body) {
          if (response.ok) {
            section.classList.add("page-feedback--sent");
            thanks.focus();
          } else {
            showError(body.error);
          }
        });
      }).catch(function () {
        showError();
      });
    });
  });
})();
