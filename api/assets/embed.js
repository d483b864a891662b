/*
 * Minutely call button: <minutely-call-button creator="handle" key="pk_…"></minutely-call-button>
 * Served at /embed.js; include it with <script async src="https://minutely.example/embed.js"></script>.
 * Shows a creator's live availability and price, read with the partner's key (scope calls:embed), and opens
 * Minutely's own call flow in a popup on Minutely's origin: the fan signs in there, no credentials cross origins.
 * Works under a strict host CSP that allows this script's origin in script-src and connect-src (https and wss):
 * no inline scripts or styles (the styles are a constructed stylesheet), no eval. Lazy: nothing is fetched until
 * the button comes near the viewport.
 */
(() => {
  'use strict';
  if (typeof window === 'undefined' || !window.customElements || customElements.get('minutely-call-button')) return;
  const script = document.currentScript;
  const ORIGIN = script && script.src ? new URL(script.src).origin : location.origin;
  const CSS =
    ':host{display:inline-block;font:14px/1.3 system-ui,sans-serif}' +
    'button{display:inline-flex;gap:.5em;align-items:center;border:0;border-radius:999px;padding:.6em 1.1em;cursor:pointer;' +
    'background:#5b3df5;color:#fff;font:inherit;font-weight:600}' +
    'button[disabled]{background:#70707f;cursor:default}' +
    '.dot{width:.6em;height:.6em;border-radius:50%;background:#ccc}' +
    '.AVAILABLE .dot{background:#3ddc84}.BUSY .dot{background:#f5a623}.PAUSED .dot,.AWAY .dot{background:#f5d623}' +
    '.price{font-weight:400}';
  const LABELS = { AVAILABLE: 'Call now', BUSY: 'In a call', PAUSED: 'On a break', AWAY: 'Away', OFF: 'Not taking calls' };
  const QUERY =
    'query MinutelyCallButton($handle: String!) { creator(handle: $handle) { id handle displayName pricePerMinute callsEnabled availability { status } } }';
  const LIVE = 'subscription MinutelyCallButtonLive($ids: [ID!]!) { creatorAvailabilityChanged(creatorIds: $ids) { availability { status } } }';

  let sheet = null;
  const styles = () => {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    return sheet;
  };

  class MinutelyCallButton extends HTMLElement {
    static get observedAttributes() {
      return ['creator', 'key'];
    }

    connectedCallback() {
      if (!this.button) this.build();
      if (this.observer || this.started) return;
      this.observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          this.observer.disconnect();
          this.observer = null;
          this.started = true;
          this.load();
        },
        { rootMargin: '200px' },
      );
      this.observer.observe(this);
    }

    disconnectedCallback() {
      if (this.observer) this.observer.disconnect();
      this.observer = null;
      this.started = false;
      this.closeLive();
    }

    attributeChangedCallback(_name, before, after) {
      if (before === after || !this.started) return;
      this.closeLive();
      this.load();
    }

    build() {
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [styles()];
      this.button = document.createElement('button');
      this.button.type = 'button';
      this.button.setAttribute('part', 'button');
      const dot = document.createElement('span');
      dot.className = 'dot';
      this.label = document.createElement('span');
      this.price = document.createElement('span');
      this.price.className = 'price';
      this.button.append(dot, this.label, this.price);
      this.button.addEventListener('click', () => this.open());
      root.append(this.button);
      this.render('', 'Minutely');
    }

    render(status, label) {
      const creator = this.creator;
      this.button.className = status;
      this.button.disabled = status !== 'AVAILABLE';
      this.label.textContent = label;
      this.price.textContent = creator && creator.pricePerMinute != null ? `${creator.pricePerMinute} tokens/min` : '';
      this.setAttribute('status', status || 'unknown');
      const who = creator ? `${creator.displayName}: ` : '';
      this.button.setAttribute('aria-label', `${who}${label}${this.price.textContent ? `, ${this.price.textContent}` : ''}`);
    }

    async load() {
      const handle = (this.getAttribute('creator') || '').trim();
      const key = (this.getAttribute('key') || '').trim();
      if (!handle || !key) return this.render('', 'Minutely: set creator and key');
      try {
        const res = await fetch(`${ORIGIN}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': key },
          body: JSON.stringify({ query: QUERY, variables: { handle } }),
        });
        const body = await res.json();
        const creator = body && body.data && body.data.creator;
        if (!creator) return this.render('', body && body.errors ? 'Unavailable' : 'Creator not found');
        this.creator = creator;
        this.show(creator.availability);
        this.live(key, creator.id);
      } catch {
        this.render('', 'Unavailable');
      }
    }

    show(availability) {
      const status = this.creator.callsEnabled ? availability.status : 'OFF';
      this.render(status, LABELS[status] || status);
    }

    // graphql-ws ("graphql-transport-ws") by hand: connection_init with the key, one subscription, pings answered.
    live(key, creatorId) {
      const ws = new WebSocket(`${ORIGIN.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
      this.ws = ws;
      ws.onopen = () => ws.send(JSON.stringify({ type: 'connection_init', payload: { apiKey: key } }));
      ws.onmessage = (event) => {
        const msg = JSON.parse(event.data);
        if (msg.type === 'connection_ack') {
          ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: LIVE, variables: { ids: [creatorId] } } }));
        } else if (msg.type === 'ping') {
          ws.send(JSON.stringify({ type: 'pong' }));
        } else if (msg.type === 'next' && msg.payload && msg.payload.data) {
          this.show(msg.payload.data.creatorAvailabilityChanged.availability);
        }
      };
      ws.onclose = (event) => {
        if (this.ws !== ws || !this.started) return;
        this.ws = null;
        // After a drop (not a refusal, 44xx) reconnect and re-read: the state may have changed meanwhile.
        if (event.code < 4400 || event.code >= 4500) {
          setTimeout(() => {
            if (this.started && !this.ws) this.load();
          }, 5000);
        }
      };
    }

    closeLive() {
      const ws = this.ws;
      this.ws = null;
      if (ws) ws.close(1000);
    }

    open() {
      if (!this.creator) return;
      const url = `${ORIGIN}/creators/${encodeURIComponent(this.creator.handle)}?via=embed`;
      window.open(url, 'minutely-call', 'popup,width=480,height=760,noopener');
    }
  }

  customElements.define('minutely-call-button', MinutelyCallButton);
})();
