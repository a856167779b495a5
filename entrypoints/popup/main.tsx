import { opening } from './opening';
import { render } from 'preact';
import { Popup } from '../../components/Popup';
import '../../components/base.css';
import './style.css';

render(<Popup opening={opening} />, document.getElementById('app')!);
