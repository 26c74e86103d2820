// Videos (components/video_player.html): nothing is loaded from the video host until the visitor
// presses play. Without JavaScript the link opens the video in a new page; with it the player
// (an iframe of youtube-nocookie.com, captions on) takes the poster's place. No inline code.
(function () {
  "use strict";

  function play(container, link) {
    var frame = document.createElement("iframe");
    frame.src = container.getAttribute("data-src");
    frame.title = container.getAttribute("data-title");
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("allow", "encrypted-media; picture-in-picture; fullscreen");
    frame.setAttribute("allowfullscreen", "");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    container.replaceChild(frame, link);
    container.classList.add("video-player--playing");
    frame.focus();
  }

  function enhance(container) {
    var link = container.querySelector(".video-player__link");
    if (!link || !container.getAttribute("data-src")) {
      return;
    }
    link.addEventListener("click", function (event) {
      // A click with a modifier (new tab, new window) keeps the link's own behaviour.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        return;
      }
      event.preventDefault();
      play(container, link);
    });
  }

  function start() {
    var players = document.querySelectorAll("[data-video-player]");
    for (var i = 0; i < players.length; i += 1) {
      enhance(players[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
