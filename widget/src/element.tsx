// <discretion-search>: an open shadow root with the shared stylesheet and the Preact app inside.
import { render } from 'preact';
import { App } from './app.tsx';
import { CONFIG_ATTRIBUTES, parseConfig } from './config.ts';
import { adoptStyles } from './styles.ts';

export const TAG = 'discretion-search';

/** Builds the element class around where the data lives (known only to the loading script). */
export function defineElementClass(dataBase: string | null, schemaVersion: number): CustomElementConstructor {
  return class DiscretionSearch extends HTMLElement {
    static observedAttributes = [...CONFIG_ATTRIBUTES, 'id'];

    connectedCallback(): void {
      this.update();
    }

    attributeChangedCallback(): void {
      if (this.isConnected) this.update();
    }

    disconnectedCallback(): void {
      if (this.shadowRoot) render(null, this.shadowRoot);
    }

    private open(): ShadowRoot {
      const root = this.attachShadow({ mode: 'open' });
      adoptStyles(root);
      // Our keys are ours: the host page's shortcuts must not fire while someone types in the widget.
      for (const type of ['keydown', 'keyup', 'keypress'])
        root.addEventListener(type, (e) => e.stopPropagation());
      return root;
    }

    private update(): void {
      const root = this.shadowRoot ?? this.open();
      const { config, problems } = parseConfig((name) => this.getAttribute(name));
      render(
        <App
          config={config}
          problems={problems}
          dataBase={dataBase}
          schemaVersion={schemaVersion}
          elementId={this.getAttribute('id')}
        />,
        root,
      );
    }
  };
}
