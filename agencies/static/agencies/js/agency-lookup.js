/* The agency look-up of the "¿Es segura esta oferta?" page, in the browser (progressive
   enhancement; without JavaScript the form asks the CMS, agencies/views.py).

   It searches the published registry (/agencias-de-empleo.json) with the rules of
   agencies/lookup.py and agencies/folding.py: an 11-digit RUC (check digit verified), else a
   registration number (spaces, dots, dashes and case ignored), else part of the name (accents and
   case ignored). Each answer is counted for the monthly report by a cookie-free POST of the
   answer alone (fetch with keepalive and credentials "omit"; no query, no identifier). If the
   registry cannot be loaded, the form is sent to the CMS instead. */
(function () {
  "use strict";
  var form = document.querySelector("[data-agency-lookup]");
  var capable =
    window.fetch && window.URLSearchParams && window.Intl && String.prototype.normalize &&
    Element.prototype.replaceChildren && "content" in document.createElement("template");
  if (!form || !capable) return; // older browsers send the form to the CMS
  var section = form.closest("section");
  var input = form.querySelector("input[name=q]");
  var error = document.getElementById("agency-q-error");
  var field = input.closest(".form-field");
  var answer = section.querySelector("[data-agency-answer]");
  var hint = input.getAttribute("aria-describedby").split(" ")[0];
  var ORDER = ["registered", "expired", "suspended", "cancelled"];
  var WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  var PREFIXES = ["10", "15", "16", "17", "20"];
  var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  var registry = null;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
  }
  function normaliseNumber(text) {
    return fold(text).toUpperCase().replace(/[^0-9A-Z]/g, "");
  }
  function validRuc(ruc) {
    if (!/^\d{11}$/.test(ruc) || PREFIXES.indexOf(ruc.slice(0, 2)) < 0) return false;
    var sum = 0;
    for (var i = 0; i < 10; i++) sum += Number(ruc[i]) * WEIGHTS[i];
    return (11 - (sum % 11)) % 10 === Number(ruc[10]);
  }
  function clean(raw) {
    if (raw.length > 100) return { error: form.dataset.tooLong };
    if (CONTROL.test(raw)) return { error: form.dataset.invalidCharacters };
    var query = raw.split(/\s+/).filter(Boolean).join(" ");
    if (!query) return { error: form.dataset.empty };
    var digits = query.replace(/ /g, "");
    if (/^\d{11}$/.test(digits)) return validRuc(digits) ? { query: digits } : { error: form.dataset.invalidRuc };
    if (fold(query).length < 3 && !/\d/.test(query)) return { error: form.dataset.tooShort };
    return { query: query };
  }
  function today() {
    var now = new Date();
    return [now.getFullYear(), String(now.getMonth() + 1).padStart(2, "0"), String(now.getDate()).padStart(2, "0")].join("-");
  }
  function standing(agency, day) {
    return agency.status === "registered" && agency.until < day ? "expired" : agency.status;
  }
  function byName(a, b) {
    return fold(a.name) < fold(b.name) ? -1 : fold(a.name) > fold(b.name) ? 1 : 0;
  }
  function lookUp(query) {
    var agencies = registry.slice().sort(byName);
    var found;
    if (/^\d{11}$/.test(query)) {
      found = agencies.filter(function (a) { return a.ruc === query; });
    } else {
      var number = normaliseNumber(query);
      found = number ? agencies.filter(function (a) { return normaliseNumber(a.number) === number; }) : [];
      if (!found.length) {
        var name = fold(query);
        found = agencies.filter(function (a) { return fold(a.name).indexOf(name) >= 0; });
      }
    }
    var day = today();
    found = found.slice(0, 10).map(function (a) { return { agency: a, standing: standing(a, day) }; });
    found.sort(function (a, b) { return ORDER.indexOf(a.standing) - ORDER.indexOf(b.standing) || byName(a.agency, b.agency); });
    return { result: found.length ? found[0].standing : "not-found", found: found };
  }

  var language = document.documentElement.lang;
  var dates = new Intl.DateTimeFormat(Intl.DateTimeFormat.supportedLocalesOf([language]).length ? language : "es", { dateStyle: "long", timeZone: "UTC" });
  function formatDate(iso) {
    return dates.format(new Date(iso + "T00:00:00Z"));
  }
  function template(selector) {
    return section.querySelector("template" + selector).content.cloneNode(true);
  }
  function show(query, outcome) {
    var content = template('[data-result="' + outcome.result + '"]');
    content.querySelector('[data-field="query"]').textContent = query;
    var list = content.querySelector(".agency-list");
    outcome.found.forEach(function (item) {
      var card = template("[data-agency-template]");
      var element = card.querySelector("[data-agency]");
      element.className = "agency agency--" + item.standing;
      card.querySelector('[data-field="name"]').textContent = item.agency.name;
      card.querySelector('[data-field="standing"]').textContent = template('[data-standing="' + item.standing + '"]').textContent;
      card.querySelector('[data-field="ruc"]').textContent = item.agency.ruc;
      card.querySelector('[data-field="number"]').textContent = item.agency.number;
      card.querySelector('[data-field="from"]').textContent = formatDate(item.agency.from);
      card.querySelector('[data-field="until"]').textContent = formatDate(item.agency.until);
      list.appendChild(card);
    });
    if (!outcome.found.length) list.remove();
    answer.replaceChildren(content);
  }
  function setError(message) {
    error.textContent = message || "";
    error.hidden = !message;
    field.classList.toggle("form-field--error", Boolean(message));
    if (message) {
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", hint + " " + error.id);
      answer.replaceChildren();
      input.focus();
    } else {
      input.removeAttribute("aria-invalid");
      input.setAttribute("aria-describedby", hint);
    }
  }
  function count(result) {
    fetch(form.dataset.count, {
      method: "POST",
      body: new URLSearchParams({ result: result }),
      credentials: "omit",
      keepalive: true,
    }).catch(function () {});
  }
  function loadRegistry() {
    if (registry) return Promise.resolve(registry);
    return fetch(form.dataset.registry, { credentials: "omit" })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (data) {
        registry = data.agencies;
        return registry;
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var cleaned = clean(input.value);
    if (cleaned.error) {
      setError(cleaned.error);
      return;
    }
    loadRegistry().then(
      function () {
        setError("");
        var outcome = lookUp(cleaned.query);
        show(cleaned.query, outcome);
        count(outcome.result);
      },
      function () {
        form.submit(); // the CMS answers the same look-up
      }
    );
  });
})();
