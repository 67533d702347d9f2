// Placeholder entry; the widget issue replaces it with the real search element.
import { render } from 'preact';

const TAG = 'discretion-search';

class DiscretionSearch extends HTMLElement {
  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    render(<input role="combobox" aria-expanded="false" aria-label="搜索裁量基准" />, root);
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, DiscretionSearch);
