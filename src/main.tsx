import './styles/app.css';
import { startApp } from './app/boot';

void startApp(document.getElementById('app')!);
