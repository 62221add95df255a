/**
 * The web page ({@code jixiao serve}): {@link org.jixiao.web.WebServer} starts it over an engine and a
 * {@link org.jixiao.web.rubrics.RubricCatalog}. Rooms: {@code guard} (what every request passes: Host, CSRF, headers,
 * limits), {@code fill} (填报: the form, read into a submission, scored live), {@code view} (FreeMarker pages and
 * their Chinese texts).
 *
 * <p>The page scores through the same engine, Excel and report APIs the CLI uses, and keeps nothing between
 * requests: each request carries the whole form, so that accounts and storage can be added beside it.
 */
package org.jixiao.web;
