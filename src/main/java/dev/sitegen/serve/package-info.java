/** Local preview: a static file server with live reload, and a watcher that tells when the input changed. */
package dev.sitegen.serve;
