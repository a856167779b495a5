import { render } from 'preact';
import { Popup } from '../../components/Popup';
import '../../components/base.css';
import './style.css';

render(<Popup search={location.search} />, document.getElementById('app')!);
