import { render } from 'preact';
import { SidePanel } from '../../ui/SidePanel.tsx';

render(<SidePanel />, document.getElementById('app') as HTMLElement);
