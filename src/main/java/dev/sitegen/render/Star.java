package dev.sitegen.render;

/**
 * What a paper's reading-list button stores in the browser: the paper id, its plain title, its topic's name and
 * its page's path from the site root, so the reading-list page can link to it from any depth or prefix. (The
 * one-line summary is taken from the page when the paper is starred, so lists do not carry it twice.)
 */
public record Star(String id, String title, String topic, String path) {}
