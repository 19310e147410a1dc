// One interview's websocket (docs/protocol.md): start or resume, then events in order,
// exactly once. A dropped connection is reopened with backoff and resumed from the last
// event this page holds (`last_seq`), so nothing is missed and nothing is applied twice.

const PING_EVERY = 15000;
const PONG_WITHIN = 10000;
const BACKOFF = [500, 1000, 2000, 4000, 8000, 15000];

export class Connection {
  /**
   * handlers: onSession(msg), onEvent(seq, event), onToken(text), onTimer(msg),
   *           onStatus("connecting" | "open" | "reconnecting" | "closed", detail), onError(msg)
   */
  constructor(handlers) {
    this.handlers = handlers;
    this.socket = null;
    this.lastSeq = -1;
    this.sessionId = null;
    this.token = null;
    this.pendingStart = null;     // {role, options, owner_token} until the session message
    this.waiting = new Map();     // message id -> {resolve, timer}
    this.ids = 0;
    this.attempt = 0;
    this.stopped = false;
    this.ready = false;           // a session is attached on this socket
    this.retryTimer = null;
    this.pingTimer = null;
    this.pongTimer = null;
    this.onOnline = () => this.retryNow();
    window.addEventListener("online", this.onOnline);
  }

  start(role, options, ownerToken) {
    this.pendingStart = { role, options, owner_token: ownerToken || undefined };
    this.open();
  }

  resume(sessionId, token, lastSeq = -1) {
    this.sessionId = sessionId;
    this.token = token;
    this.lastSeq = lastSeq;
    this.open();
  }

  get connected() {
    return this.ready && this.socket?.readyState === WebSocket.OPEN;
  }

  status(name, detail) {
    this.handlers.onStatus?.(name, detail);
  }

  open() {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`;
    this.status(this.attempt ? "reconnecting" : "connecting");
    let socket;
    try {
      socket = new WebSocket(url);
    } catch (error) {
      this.scheduleRetry();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      if (this.sessionId) {
        this.raw({ type: "resume", id: this.nextId(), session_id: this.sessionId, token: this.token,
          last_seq: this.lastSeq });
      } else if (this.pendingStart) {
        this.raw({ type: "start", id: this.nextId(), ...this.pendingStart });
      }
      this.keepAlive();
    };
    socket.onmessage = (frame) => this.receive(frame.data);
    socket.onclose = (close) => {
      if (socket !== this.socket) return;
      this.ready = false;
      this.stopKeepAlive();
      this.failWaiting("the connection dropped");
      if (this.stopped) return;
      if (close.code === 1008) {   // forbidden or flooding: reconnecting would not help
        this.stopped = true;
        this.status("closed", close.reason || "the server closed this interview's connection");
        return;
      }
      this.scheduleRetry();
    };
    socket.onerror = () => { /* onclose follows and decides */ };
  }

  scheduleRetry() {
    const base = BACKOFF[Math.min(this.attempt, BACKOFF.length - 1)];
    const delay = base / 2 + Math.random() * base / 2;
    this.attempt += 1;
    this.status("reconnecting", { in: delay });
    this.retryTimer = setTimeout(() => this.open(), delay);
  }

  /** Reconnect at once (the browser is back online, or the user asked). */
  retryNow() {
    if (this.stopped || this.connected) return;
    if (this.socket && this.socket.readyState === WebSocket.CONNECTING) return;
    this.open();
  }

  keepAlive() {
    this.stopKeepAlive();
    this.pingTimer = setInterval(() => {
      if (this.socket?.readyState !== WebSocket.OPEN) return;
      this.raw({ type: "ping", id: this.nextId(), t: Date.now() / 1000 });
      clearTimeout(this.pongTimer);
      this.pongTimer = setTimeout(() => this.socket?.close(4000, "no pong"), PONG_WITHIN);
    }, PING_EVERY);
  }

  stopKeepAlive() {
    clearInterval(this.pingTimer);
    clearTimeout(this.pongTimer);
  }

  nextId() {
    this.ids += 1;
    return `c${this.ids}`;
  }

  raw(message) {
    this.socket.send(JSON.stringify({ v: 1, ...message }));
  }

  /** Send a session message; resolves with the server's `ack` or `error` answering it. */
  send(message) {
    if (!this.connected) {
      return Promise.resolve({ type: "error", code: "offline", message: "not connected; reconnecting…" });
    }
    const id = this.nextId();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        resolve({ type: "error", code: "timeout", message: "no answer from the server" });
      }, 120000);
      this.waiting.set(id, { resolve, timer });
      this.raw({ ...message, id });
    });
  }

  failWaiting(why) {
    for (const [id, waiter] of this.waiting) {
      clearTimeout(waiter.timer);
      waiter.resolve({ type: "error", id, code: "offline", message: why });
    }
    this.waiting.clear();
  }

  receive(text) {
    let message;
    try { message = JSON.parse(text); } catch { return; }
    switch (message.type) {
      case "session":
        this.sessionId = message.session_id;
        if (message.token) this.token = message.token;
        this.pendingStart = null;
        this.ready = true;
        this.attempt = 0;
        this.handlers.onSession?.(message);
        this.status("open");
        break;
      case "event":
        if (message.seq <= this.lastSeq) return;             // already applied
        if (message.seq !== this.lastSeq + 1) {               // a gap: resume fills it
          this.socket?.close(4001, "gap");
          return;
        }
        this.lastSeq = message.seq;
        this.handlers.onEvent?.(message.seq, message.event);
        break;
      case "token":
        this.handlers.onToken?.(message.text);
        break;
      case "timer":
        this.handlers.onTimer?.(message);
        break;
      case "thinking":
        this.handlers.onThinking?.(message);
        break;
      case "pong":
        clearTimeout(this.pongTimer);
        break;
      case "ack":
      case "error": {
        const waiter = message.id != null && this.waiting.get(message.id);
        if (waiter) {
          clearTimeout(waiter.timer);
          this.waiting.delete(message.id);
          waiter.resolve(message);
        } else if (message.type === "error") {
          this.handlers.onError?.(message);                  // start/resume refused, or unsolicited
        }
        break;
      }
      default:
        break;
    }
  }

  close() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.stopKeepAlive();
    window.removeEventListener("online", this.onOnline);
    this.failWaiting("closed");
    try { this.socket?.close(1000, "page closed"); } catch { /* already closed */ }
  }
}
