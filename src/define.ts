// Registers every tag. Safe to import twice, or next to the script tag build.
import './elements/privacy-banner/define.js';
import './elements/privacy-summary/define.js';
import './elements/privacy-signals/define.js';
import './elements/privacy-request/define.js';
