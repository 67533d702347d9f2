import { render } from 'preact';
import { Options } from '../../ui/Options.tsx';

render(<Options />, document.getElementById('app') as HTMLElement);
