if (!document.cookie.includes('privacy_consent=')) document.cookie = '_stats=1; max-age=2592000; path=/';
