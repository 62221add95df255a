/**
 * Pages: FreeMarker templates rendered on the server (HTML auto-escaped, so a county's text cannot become
 * markup), and the texts a clerk reads, from the {@code org.jixiao.web.messages} ResourceBundle (Chinese).
 * Looks at nothing else of the web module.
 */
package org.jixiao.web.view;
