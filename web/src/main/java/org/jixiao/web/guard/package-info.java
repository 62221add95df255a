/**
 * What every request passes before a page sees it: the Host header (against DNS rebinding), the CSRF token of
 * every POST, the security headers of every response (a Content-Security-Policy with no inline script), and the
 * limits of uploads. Looks at nothing else of the web module.
 */
package org.jixiao.web.guard;
