// RailBot dev chat: what you type or tap is posted to chat/send, which signs a real-shaped
// webhook event and delivers it to /webhook; what the Send API would receive for this session
// (messages and sender actions) streams back from chat/events and is drawn as Messenger would.
"use strict";

(() => {
  const SESSION_KEY = "railbot-devchat-session";
  const TYPING_TIMEOUT_MS = 20000; // Messenger hides the typing bubble after 20 s

  const $ = (id) => document.getElementById(id);
  const thread = $("thread");
  const typingRow = $("typing");
  const chips = $("chips");
  const status = $("status");
  const welcome = $("welcome");
  const composer = $("composer");
  const input = $("text");
  const locationPanel = $("location-panel");

  const session = sessionStorage.getItem(SESSION_KEY) || newSession();
  let cursor = 0;
  let typingTimer = null;
  let offlineTimer = null;
  let lastUserRow = null;

  function newSession() {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    const id = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    sessionStorage.setItem(SESSION_KEY, id);
    return id;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function jsonBlock(value) {
    return el("pre", "json", JSON.stringify(value, null, 2));
  }

  function add(row) {
    welcome.hidden = true;
    thread.insertBefore(row, typingRow);
    thread.scrollTop = thread.scrollHeight;
    return row;
  }

  function setTyping(on) {
    clearTimeout(typingTimer);
    typingRow.hidden = !on;
    if (on) {
      thread.scrollTop = thread.scrollHeight;
      typingTimer = setTimeout(() => setTyping(false), TYPING_TIMEOUT_MS);
    }
  }

  function setChips(quickReplies) {
    chips.replaceChildren();
    for (const reply of quickReplies || []) {
      if (!reply || reply.content_type !== "text") continue;
      const chip = el("button", "", reply.title);
      chip.type = "button";
      chip.addEventListener("click", () =>
        send({ kind: "quick_reply", text: reply.title, payload: reply.payload }));
      chips.appendChild(chip);
    }
  }

  // --- what the user sent (the webhook event) ---------------------------------------------------

  function showIncoming(item) {
    const entry = (item.body.entry || [])[0] || {};
    const event = (entry.messaging || [])[0] || {};
    let said = "";
    if (event.postback) {
      said = event.postback.title || event.postback.payload;
    } else if (event.message) {
      const place = (event.message.attachments || []).find((a) => a.type === "location");
      if (place) {
        const at = place.payload.coordinates;
        said = `📍 ${place.title || "Location"} (${at.lat}, ${at.long})`;
      } else {
        said = event.message.text || "";
      }
    }
    const row = el("div", "row user");
    row.appendChild(el("div", "bubble user", said));
    row.appendChild(jsonBlock({
      "POST /webhook": { "X-Hub-Signature-256": item.signature },
      body: item.body,
    }));
    if (lastUserRow) lastUserRow.querySelector(".seen")?.remove();
    lastUserRow = add(row);
    setChips([]);
  }

  // --- what the bot sent (the Send API payloads) --------------------------------------------------

  function buttonNode(button) {
    if (button.type === "web_url" && /^https?:\/\//.test(button.url || "")) {
      const link = el("a", "", button.title);
      link.href = button.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      return link;
    }
    const node = el("button", "postback", button.title);
    node.type = "button";
    node.addEventListener("click", () =>
      send({ kind: "postback", text: button.title, payload: button.payload }));
    return node;
  }

  function buttonList(buttons) {
    const list = el("div", "buttons");
    for (const button of buttons || []) list.appendChild(buttonNode(button));
    return list;
  }

  function messageNode(message) {
    const attachment = message.attachment;
    if (!attachment) return el("div", "bubble bot", message.text || "");
    const payload = attachment.payload || {};
    if (attachment.type === "template" && payload.template_type === "button") {
      const bubble = el("div", "bubble bot template");
      bubble.appendChild(el("div", "text", payload.text));
      bubble.appendChild(buttonList(payload.buttons));
      return bubble;
    }
    if (attachment.type === "template" && payload.template_type === "generic") {
      const carousel = el("div", "carousel");
      for (const element of payload.elements || []) {
        const card = el("div", "card");
        card.appendChild(el("div", "title", element.title));
        if (element.subtitle) card.appendChild(el("div", "subtitle", element.subtitle));
        if (element.buttons) card.appendChild(buttonList(element.buttons));
        carousel.appendChild(card);
      }
      return carousel;
    }
    return el("div", "bubble bot", `[${attachment.type} attachment]`);
  }

  // Messenger shows the user's last message as seen once the Page reads it or answers it
  // (RailBot answers quickly without a separate mark_seen).
  function markSeen() {
    if (lastUserRow && !lastUserRow.querySelector(".seen")) {
      lastUserRow.insertBefore(el("div", "seen", "Seen"), lastUserRow.querySelector("pre"));
    }
  }

  function showOutgoing(item) {
    const message = item.body.message || {};
    setTyping(false);
    markSeen();
    const row = el("div", "row bot");
    row.appendChild(messageNode(message));
    row.appendChild(jsonBlock(item.body));
    add(row);
    setChips(message.quick_replies);
  }

  function showAction(item) {
    const action = item.body.sender_action;
    if (action === "typing_on") setTyping(true);
    if (action === "typing_off") setTyping(false);
    if (action === "mark_seen") markSeen();
    const row = el("div", "row bot action", `sender_action: ${action}`);
    row.appendChild(jsonBlock(item.body));
    add(row);
  }

  function showNote(text) {
    add(el("div", "note", text));
  }

  function show(item) {
    if (item.kind === "in") showIncoming(item);
    else if (item.kind === "out") showOutgoing(item);
    else if (item.kind === "action") showAction(item);
    else if (item.kind === "note") showNote(item.body.text);
  }

  // --- talking to the service ---------------------------------------------------------------

  async function send(fields) {
    try {
      const response = await fetch("chat/send", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ session, ...fields }),
      });
      if (!response.ok && response.status !== 502) {
        showNote(`Could not send (HTTP ${response.status}).`);
      }
    } catch (error) {
      showNote("Could not reach RailBot. Is it still running?");
    }
  }

  function connect() {
    const source = new EventSource(`chat/events?session=${session}&after=${cursor}`);
    source.onopen = () => {
      clearTimeout(offlineTimer);
      status.textContent = "online";
      status.classList.add("online");
    };
    source.onmessage = (message) => {
      const item = JSON.parse(message.data);
      cursor = item.seq;
      show(item);
    };
    source.onerror = () => {
      // Each stream ends after a while and reconnects at once; only a lasting failure shows.
      clearTimeout(offlineTimer);
      offlineTimer = setTimeout(() => {
        status.textContent = "reconnecting…";
        status.classList.remove("online");
      }, 2000);
    };
  }

  // --- the page's controls -------------------------------------------------------------------

  composer.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send({ kind: "text", text });
  });

  $("get-started").addEventListener("click", () =>
    send({ kind: "postback", text: "Get Started", payload: "GET_STARTED" }));

  $("show-json").addEventListener("change", (event) => {
    document.body.classList.toggle("show-json", event.target.checked);
    thread.scrollTop = thread.scrollHeight;
  });

  function pickPlace() {
    const [lat, lng] = $("place").value.split(",");
    if (lat && lng) {
      $("lat").value = lat;
      $("lng").value = lng;
    }
  }

  $("location-button").addEventListener("click", () => {
    locationPanel.hidden = !locationPanel.hidden;
    if (!locationPanel.hidden) pickPlace();
  });
  $("place").addEventListener("change", pickPlace);
  $("location-cancel").addEventListener("click", () => { locationPanel.hidden = true; });
  $("here").addEventListener("click", () => {
    if (!navigator.geolocation) return showNote("This browser cannot share its location.");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        $("lat").value = position.coords.latitude.toFixed(5);
        $("lng").value = position.coords.longitude.toFixed(5);
      },
      () => showNote("The browser did not share its location."),
    );
  });
  locationPanel.addEventListener("submit", (event) => {
    event.preventDefault();
    const lat = Number($("lat").value);
    const lng = Number($("lng").value);
    const place = $("place");
    const title = place.value ? place.options[place.selectedIndex].text : "Pinned location";
    locationPanel.hidden = true;
    send({ kind: "location", lat, lng, text: title });
  });

  // On the sample railway: move the sample's moving PNR, so that an alert on it arrives.
  const sampleMove = $("sample-move");
  if (sampleMove) {
    sampleMove.addEventListener("click", async () => {
      try {
        const response = await fetch("chat/sample/move", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ session }),
        });
        if (!response.ok) showNote(`Could not move the sample PNR (HTTP ${response.status}).`);
      } catch (error) {
        showNote("Could not reach RailBot. Is it still running?");
      }
    });
  }

  connect();
  input.focus();
})();
