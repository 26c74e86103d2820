/* The portal's only script, deferred, on every page. Everything works without it; it adds:
   1. "Was this page useful?": the vote is sent without leaving the page (without JavaScript the
      form posts and the CMS redirects back to #feedback-thanks).
   2. The ticket of that form (public_forms/ticket.py) is fetched when the form comes into
      view or is touched, not with every page (a <noscript> link fetches it without JavaScript).
      A vote waits until the ticket has arrived and is old enough.
   3. The static search (search/js/static-search.js) is loaded when a search form is
      first used, not with every page; a search sent before it has arrived waits for it.
   Messages come from the server or the page, in its language. */
(function () {
  "use strict";
  var script = document.currentScript;

  // --- 2. Form tickets -----------------------------------------------------------------------
  function ticketLoader(holder) {
    var promise = null;
    return function load() {
      if (!promise) {
        promise = new Promise(function (resolve) {
          var link = document.createElement("link");
          link.rel = "stylesheet";
          link.media = "print";
          link.href = holder.dataset.ticket;
          link.onload = link.onerror = function () {
            var minFill = parseFloat(holder.dataset.minFill || "0") * 1000;
            resolve(Date.now() + minFill + 250); // when the server will accept the form
          };
          document.head.appendChild(link);
        });
      }
      return promise;
    };
  }

  function fetchTicketWhenNeeded(holder, load) {
    holder.addEventListener("focusin", load);
    holder.addEventListener("pointerdown", load);
    if (!("IntersectionObserver" in window)) {
      load();
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) {
        observer.disconnect();
        load();
      }
    });
    observer.observe(holder);
  }

  // --- 1. Page feedback ----------------------------------------------------------------------
  function enhanceFeedback(section, ticket) {
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

    function whenAccepted(acceptedAt) {
      return new Promise(function (resolve) {
        setTimeout(resolve, Math.max(0, acceptedAt - Date.now()));
      });
    }

    function send(data) {
      return fetch(form.action, {
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
      });
    }

    form.addEventListener("submit", function (event) {
      var submitter = event.submitter;
      if (!submitter || !submitter.name || !window.fetch || !window.URLSearchParams) {
        return; // an old browser: let it post the form
      }
      event.preventDefault();
      var data = new URLSearchParams(new FormData(form));
      data.append(submitter.name, submitter.value);
      error.hidden = true;
      setBusy(true);
      ticket().then(whenAccepted).then(function () {
        return send(data);
      }).catch(function () {
        showError();
      });
    });
  }

  document.querySelectorAll("[data-ticket]").forEach(function (holder) {
    var load = ticketLoader(holder);
    fetchTicketWhenNeeded(holder, load);
    if (holder.hasAttribute("data-page-feedback")) {
      enhanceFeedback(holder, load);
    }
  });

  // --- 3. Static search, on first use --------------------------------------------------------
  var moduleUrl = script && script.dataset.searchModule;
  if (!moduleUrl || !("noModule" in HTMLScriptElement.prototype)) {
    return; // the search forms go to the dynamic search, as without JavaScript
  }
  var loading = null;
  var ready = false;

  function loadStaticSearch() {
    if (!loading) {
      loading = new Promise(function (resolve) {
        var module = document.createElement("script");
        module.type = "module";
        module.src = moduleUrl;
        module.onload = function () { resolve(true); };
        module.onerror = function () { resolve(false); };
        document.head.appendChild(module);
      }).then(function (loaded) {
        ready = true;
        return loaded;
      });
    }
    return loading;
  }

  document.querySelectorAll("form[data-search-form]").forEach(function (form) {
    form.addEventListener("focusin", loadStaticSearch);
    form.addEventListener("pointerdown", loadStaticSearch);
    form.addEventListener("submit", function (event) {
      // static-search.js handles it once it has run: it marks the page when it has (the search page
      // loads it itself), which can be before the module's load event sets `ready`.
      if (ready || document.documentElement.hasAttribute("data-search-enhanced")) {
        return;
      }
      event.preventDefault();
      loadStaticSearch().then(function (loaded) {
        if (loaded && form.requestSubmit) {
          form.requestSubmit();
        } else {
          form.submit();
        }
      });
    });
  });
})();
