const lang = new URLSearchParams(location.search).get('lang') || 'en';
document.documentElement.lang = lang;
if (['ar', 'he', 'fa'].includes(lang)) document.documentElement.dir = 'rtl';
